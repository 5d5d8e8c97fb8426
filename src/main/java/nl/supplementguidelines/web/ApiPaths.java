package nl.supplementguidelines.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UrlPathHelper;

/** Path prefixes of the API. A breaking change to a representation gets a new prefix (see the README). */
public final class ApiPaths {

    public static final String V1 = "/api/v1";

    /** The FHIR R4 representation (module fhir): application/fhir+json, errors as OperationOutcome, not problem+json. */
    public static final String FHIR = "/fhir";

    /** The JSON resources of the API and FHIR (not the probes, /info or the OpenAPI document), as Ant patterns for CORS. */
    public static final String[] JSON_API_PATTERNS = {"/api/**", "/problems", "/problems/**", FHIR + "/**"};

    /** Resources only editors read (a draft, the audit trail, webhooks): never cached, never public (see HttpCacheFilter). */
    public static final String DRAFT_SUFFIX = "/draft";
    public static final String AUDIT = V1 + "/audit";
    /** Webhook endpoints: every method there needs a token with webhooks:manage, reads too. */
    public static final String WEBHOOKS = V1 + "/webhooks";

    /**
     * The bulk export: streamed, never buffered or kept by the HTTP cache (it sets its own validators), and priced by
     * the rate limiter as the expensive read it is.
     */
    public static final String EXPORT = V1 + "/export";

    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private ApiPaths() {
    }

    /** Whether a request path is one of {@link #JSON_API_PATTERNS}: the resources the caching and Accept rules apply to. */
    public static boolean isJsonApi(String path) {
        return path.startsWith("/api/") || path.equals("/problems") || path.startsWith("/problems/");
    }

    /** Whether a request path is under {@link #FHIR}: public reads, cached like the JSON API (see HttpCacheFilter). */
    public static boolean isFhir(String path) {
        return path.equals(FHIR) || path.startsWith(FHIR + "/");
    }

    /**
     * Whether a request path is a resource only editors use, whatever the method: a guideline's draft (and what
     * lies under it, such as {@code /draft/publish}), the audit trail or the webhooks.
     */
    public static boolean isEditorOnly(String path) {
        if (path.equals(AUDIT) || path.startsWith(AUDIT + "/") || path.equals(WEBHOOKS) || path.startsWith(WEBHOOKS + "/")) {
            return true;
        }
        String guidelines = V1 + "/guidelines/";
        if (!path.startsWith(guidelines)) {
            return false;
        }
        int slugEnd = path.indexOf('/', guidelines.length());
        return slugEnd > guidelines.length()
                && path.startsWith(DRAFT_SUFFIX, slugEnd)
                && (path.length() == slugEnd + DRAFT_SUFFIX.length() || path.charAt(slugEnd + DRAFT_SUFFIX.length()) == '/');
    }

    /** Whether a (mapped) request path is the bulk export or one of its files. */
    public static boolean isExport(String path) {
        return path.equals(EXPORT) || path.startsWith(EXPORT + "/");
    }

    /**
     * The request's path as Spring MVC maps it: decoded, without {@code ;} parameters, slashes merged, so that
     * {@code /draft;x} or {@code /%64raft} is seen as the draft it reaches. The raw path when it has nothing to undo.
     */
    public static String mappedPath(HttpServletRequest request) {
        String raw = request.getRequestURI();
        if (raw.indexOf('%') < 0 && raw.indexOf(';') < 0 && !raw.contains("//") && request.getContextPath().isEmpty()) {
            return raw;
        }
        String path = PATHS.getPathWithinApplication(request);
        return path.contains("//") ? path.replaceAll("/{2,}", "/") : path;
    }
}
