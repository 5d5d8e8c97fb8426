package nl.supplementguidelines.export;

import jakarta.servlet.http.HttpServletRequest;
import nl.supplementguidelines.guideline.GuidelineExport.Scope;
import nl.supplementguidelines.web.problem.ProblemException;
import nl.supplementguidelines.web.problem.ProblemType;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

import java.util.Locale;
import java.util.Map;

/**
 * What an export request asks for, checked before any work: only {@code versions} ({@code latest} or {@code all}, once),
 * anything else a 400; and whether the answer may be gzipped.
 */
record ExportRequest(Scope scope, boolean gzip) {

    static final String VERSIONS = "versions";
    private static final int MAX_ECHOED = 60;

    static ExportRequest of(HttpServletRequest request) {
        Scope scope = Scope.LATEST;
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (!parameter.getKey().equals(VERSIONS)) {
                throw invalid("Unknown parameter '" + shorten(parameter.getKey()) + "': the export takes only 'versions' (latest or all).");
            }
            if (parameter.getValue().length != 1) {
                throw invalid("'versions' must be given once, was given " + parameter.getValue().length + " times.");
            }
            scope = switch (parameter.getValue()[0]) {
                case "latest" -> Scope.LATEST;
                case "all" -> Scope.ALL;
                default -> throw invalid("'versions' must be 'latest' or 'all', was '" + shorten(parameter.getValue()[0]) + "'.");
            };
        }
        return new ExportRequest(scope, acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING)));
    }

    /** Whether {@code Accept-Encoding} allows gzip (RFC 9110 12.5.3): gzip, x-gzip or {@code *} with a quality above 0. */
    static boolean acceptsGzip(@Nullable String header) {
        if (header == null || header.length() > 1000) {
            return false;
        }
        boolean wildcard = false;
        for (String coding : header.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            double quality = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException malformed) {
                        quality = 0;
                    }
                }
            }
            if (name.equals("gzip") || name.equals("x-gzip")) {
                return quality > 0;
            }
            wildcard |= name.equals("*") && quality > 0;
        }
        return wildcard;
    }

    /** The scope as the ETag and the request's log see it. */
    String scopeName() {
        return scope == Scope.ALL ? "all" : "latest";
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException(ProblemType.INVALID_PARAMETER, detail);
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= MAX_ECHOED ? oneLine : oneLine.substring(0, MAX_ECHOED) + "…";
    }
}
