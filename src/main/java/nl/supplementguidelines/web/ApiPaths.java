package nl.supplementguidelines.web;

/** Path prefixes of the API. A breaking change to a representation gets a new prefix (see the README). */
public final class ApiPaths {

    public static final String V1 = "/api/v1";

    /** The JSON resources of the API (not the probes, /info or the OpenAPI document), as Ant patterns for CORS. */
    public static final String[] JSON_API_PATTERNS = {"/api/**", "/problems", "/problems/**"};

    private ApiPaths() {
    }

    /** Whether a request path is one of {@link #JSON_API_PATTERNS}: the resources the caching and Accept rules apply to. */
    public static boolean isJsonApi(String path) {
        return path.startsWith("/api/") || path.equals("/problems") || path.startsWith("/problems/");
    }
}
