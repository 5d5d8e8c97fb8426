package nl.supplementguidelines.web.admission;

import nl.supplementguidelines.web.ApiPaths;

import nl.supplementguidelines.web.problem.Problems;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.supplementguidelines.web.problem.ProblemType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Answers an {@code Accept} header that allows no JSON with the 406 problem, before the cache or Spring MVC see it.
 * Spring MVC answers a malformed header ({@code foo}, {@code text/html;q=abc}, {@code q=2}) with an empty 406, because
 * it cannot negotiate the problem's media type either, and it treats {@code application/json;q=0} as acceptable,
 * where RFC 9110 (section 12.4.2) says q=0 means "not acceptable". A malformed header is refused on every path (the
 * probes, {@code /info} and the OpenAPI document answered it with an empty 406 too); q=0 only on the JSON API, where
 * every success is {@code application/json}.
 */
public class AcceptHeaderFilter extends OncePerRequestFilter {

    private static final int MAX_ECHOED = 100;
    /** The detail of the 406 for an Accept header that refuses JSON; the OpenAPI document's example quotes it. */
    public static final String REFUSES_JSON = "The Accept header refuses application/json (q=0), "
            + "the only media type this resource is available as.";

    private final Problems problems;

    AcceptHeaderFilter(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> headers = Collections.list(request.getHeaders(HttpHeaders.ACCEPT));
        List<MediaType> ranges = new ArrayList<>();
        for (String header : headers) {
            try {
                ranges.addAll(MediaType.parseMediaTypes(header));
            } catch (InvalidMediaTypeException malformed) {
                problems.write(request, response, ProblemType.NOT_ACCEPTABLE, "The Accept header is not a list of media ranges ("
                        + shorten(malformed.getMessage()) + "); send a valid one, such as application/json.");
                return;
            }
        }
        if (ApiPaths.isJsonApi(request.getRequestURI()) && quality(ranges, MediaType.APPLICATION_JSON) == 0) {
            problems.write(request, response, ProblemType.NOT_ACCEPTABLE, REFUSES_JSON);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * The quality the ranges give {@code type}: that of the most specific range that matches it (RFC 9110 section
     * 12.5.1), 1 when no header was sent, and -1 when no range matches (Spring MVC then answers 406 itself).
     */
    static double quality(List<MediaType> ranges, MediaType type) {
        if (ranges.isEmpty()) {
            return 1;
        }
        int bestSpecificity = -1;
        double quality = -1;
        for (MediaType range : ranges) {
            if (!range.isCompatibleWith(type)) {
                continue;
            }
            int specificity = specificity(range);
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                quality = range.getQualityValue();
            } else if (specificity == bestSpecificity) {
                quality = Math.max(quality, range.getQualityValue());
            }
        }
        return quality;
    }

    /** {@code *}{@code /*} before {@code application/*} before {@code application/*+json} before {@code application/json}; parameters add to it. */
    private static int specificity(MediaType range) {
        int level;
        if (range.isWildcardType()) {
            level = 0;
        } else if (range.getSubtype().equals("*")) {
            level = 1;
        } else if (range.isWildcardSubtype()) {
            level = 2;
        } else {
            level = 3;
        }
        int parameters = range.getParameters().size() - (range.getParameter("q") == null ? 0 : 1);
        return level * 100 + Math.min(parameters, 99);
    }

    private static String shorten(String text) {
        String oneLine = String.valueOf(text).replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= MAX_ECHOED ? oneLine : oneLine.substring(0, MAX_ECHOED) + "…";
    }
}
