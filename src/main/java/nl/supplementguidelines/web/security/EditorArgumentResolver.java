package nl.supplementguidelines.web.security;

import nl.supplementguidelines.web.problem.ProblemType;
import nl.supplementguidelines.web.problem.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * An {@link Editor} parameter from the request's JWT. A handler that takes one but is not among
 * {@link EditorEndpoints} has no token to read: it answers 401 rather than run without knowing who edits.
 */
final class EditorArgumentResolver implements HandlerMethodArgumentResolver {

    /** The columns that record an editor (created_by, updated_by, published_by, withdrawn_by, audit subject and client). */
    static final int MAX_IDENTITY = 200;

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Editor.class.equals(parameter.getParameterType());
    }

    @Override
    public Editor resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
            NativeWebRequest request, @Nullable WebDataBinderFactory binders) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt && jwt.getSubject() != null) {
            Editor editor = new Editor(jwt.getSubject(), clientOf(jwt));
            refuseUnstorable("sub", editor.subject());
            refuseUnstorable("client", editor.clientId());
            return editor;
        }
        ErrorResponseException missing = unauthenticated("This operation needs a bearer token in the Authorization header.");
        missing.getHeaders().set("WWW-Authenticate", BearerChallenge.of(null, null, null));
        throw missing;
    }

    /**
     * Who edits is stored with every write (created_by, published_by, the audit trail: 200 characters, text without
     * control characters), so a token naming someone the columns cannot hold writes nothing rather than failing in SQL.
     */
    private static void refuseUnstorable(String claim, @Nullable String value) {
        if (value == null) {
            return;
        }
        if (value.length() > MAX_IDENTITY) {
            throw invalidToken("The token's " + claim + " is longer than " + MAX_IDENTITY + " characters, more than this API records of an editor.");
        }
        if (value.isBlank() || value.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            throw invalidToken("The token's " + claim + " is blank or contains control characters.");
        }
    }

    private static ErrorResponseException unauthenticated(String detail) {
        return new ErrorResponseException(ProblemType.UNAUTHENTICATED.status(), Problems.detail(ProblemType.UNAUTHENTICATED, detail), null);
    }

    private static ErrorResponseException invalidToken(String detail) {
        ErrorResponseException invalid = unauthenticated(detail);
        invalid.getHeaders().set("WWW-Authenticate", BearerChallenge.of("invalid_token", detail, null));
        return invalid;
    }

    private static @Nullable String clientOf(Jwt jwt) {
        String client = jwt.getClaimAsString("client_id");
        return client != null ? client : jwt.getClaimAsString("azp");
    }
}
