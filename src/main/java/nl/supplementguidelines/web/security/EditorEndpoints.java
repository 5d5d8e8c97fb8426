package nl.supplementguidelines.web.security;

import jakarta.servlet.http.HttpServletRequest;
import nl.supplementguidelines.web.ApiPaths;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.UrlPathHelper;

import java.util.List;

/**
 * The editing operations of the API (issue 10, "Who may write") and the scope each needs: the one list the security
 * rules, the OpenAPI document and the tests' expectations follow. Every other request is public and never passes
 * Spring Security's filters ({@link #isEditorRequest}).
 */
public final class EditorEndpoints {

    private static final String GUIDELINE = ApiPaths.V1 + "/guidelines/{slug}";

    public static final List<EditorEndpoint> ALL = List.of(
            new EditorEndpoint(HttpMethod.POST, ApiPaths.V1 + "/guidelines", EditorScope.EDIT),
            new EditorEndpoint(HttpMethod.POST, ApiPaths.V1 + "/guidelines/imports", EditorScope.EDIT),
            new EditorEndpoint(HttpMethod.POST, GUIDELINE + "/draft", EditorScope.EDIT),
            new EditorEndpoint(HttpMethod.GET, GUIDELINE + "/draft", EditorScope.EDIT),
            new EditorEndpoint(HttpMethod.PUT, GUIDELINE + "/draft", EditorScope.EDIT),
            new EditorEndpoint(HttpMethod.DELETE, GUIDELINE + "/draft", EditorScope.EDIT),
            new EditorEndpoint(HttpMethod.POST, GUIDELINE + "/draft/publish", EditorScope.PUBLISH),
            new EditorEndpoint(HttpMethod.POST, GUIDELINE + "/withdraw", EditorScope.PUBLISH),
            new EditorEndpoint(HttpMethod.POST, ApiPaths.V1 + "/nutrients", EditorScope.EDIT),
            new EditorEndpoint(HttpMethod.PUT, GUIDELINE + "/versions/{version}/translations/{language}", EditorScope.EDIT),
            new EditorEndpoint(HttpMethod.GET, ApiPaths.V1 + "/audit", EditorScope.PUBLISH),
            new EditorEndpoint(HttpMethod.POST, ApiPaths.WEBHOOKS, EditorScope.WEBHOOKS),
            new EditorEndpoint(HttpMethod.GET, ApiPaths.WEBHOOKS, EditorScope.WEBHOOKS),
            new EditorEndpoint(HttpMethod.GET, ApiPaths.WEBHOOKS + "/{id}", EditorScope.WEBHOOKS),
            new EditorEndpoint(HttpMethod.DELETE, ApiPaths.WEBHOOKS + "/{id}", EditorScope.WEBHOOKS),
            new EditorEndpoint(HttpMethod.POST, ApiPaths.WEBHOOKS + "/{id}/enable", EditorScope.WEBHOOKS),
            new EditorEndpoint(HttpMethod.GET, ApiPaths.WEBHOOKS + "/{id}/deliveries", EditorScope.WEBHOOKS));

    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private static final List<Rule> RULES = ALL.stream().flatMap(endpoint -> Rule.of(endpoint).stream()).toList();

    private EditorEndpoints() {
    }

    /**
     * Whether Spring Security guards this request: an editing operation, or any method on a path only editors use
     * (drafts, the audit trail), so that a HEAD or an unsupported method there is refused without a token too.
     */
    public static boolean isEditorRequest(HttpServletRequest request) {
        String path = normalisedPath(request);
        if (ApiPaths.isEditorOnly(path)) {
            return true;
        }
        return !isSafe(request.getMethod()) && path.startsWith(ApiPaths.V1 + "/") && scopeFor(request) != null;
    }

    /**
     * The scope the operation this request names needs, or null when it names none of {@link #ALL}. Each matcher
     * parses the path anew unless the request carries it parsed, so it is parsed once here for all of them (and
     * removed again, as the matchers do): otherwise every POST outside the editing API, every dose check, parsed
     * its path once for each of the eight POST operations.
     */
    public static @Nullable EditorScope scopeFor(HttpServletRequest request) {
        boolean parsedHere = !ServletRequestPathUtils.hasParsedRequestPath(request);
        if (parsedHere) {
            ServletRequestPathUtils.parseAndCache(request);
        }
        try {
            for (Rule rule : RULES) {
                if (rule.matcher().matches(request)) {
                    return rule.endpoint().scope();
                }
            }
            return null;
        } finally {
            if (parsedHere) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }

    /** The request matchers of each endpoint (a GET also for HEAD, which Spring MVC answers with the GET handler). */
    static List<Rule> rules() {
        return RULES;
    }

    /**
     * The path as Spring MVC maps it: decoded, without {@code ;} parameters, slashes merged, so that
     * {@code /draft;x} or {@code /%64raft} cannot reach a draft without passing the security rules.
     */
    private static String normalisedPath(HttpServletRequest request) {
        String path = PATHS.getPathWithinApplication(request);
        return path.contains("//") ? path.replaceAll("/{2,}", "/") : path;
    }

    private static boolean isSafe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    record Rule(EditorEndpoint endpoint, RequestMatcher matcher) {

        static List<Rule> of(EditorEndpoint endpoint) {
            PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
            Rule rule = new Rule(endpoint, paths.matcher(endpoint.method(), endpoint.path()));
            if (!HttpMethod.GET.equals(endpoint.method())) {
                return List.of(rule);
            }
            return List.of(rule, new Rule(endpoint, paths.matcher(HttpMethod.HEAD, endpoint.path())));
        }
    }
}
