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

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Editor.class.equals(parameter.getParameterType());
    }

    @Override
    public Editor resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
            NativeWebRequest request, @Nullable WebDataBinderFactory binders) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt && jwt.getSubject() != null) {
            return new Editor(jwt.getSubject(), clientOf(jwt));
        }
        throw new ErrorResponseException(ProblemType.UNAUTHENTICATED.status(),
                Problems.detail(ProblemType.UNAUTHENTICATED, "This operation needs a bearer token in the Authorization header."), null);
    }

    private static @Nullable String clientOf(Jwt jwt) {
        String client = jwt.getClaimAsString("client_id");
        return client != null ? client : jwt.getClaimAsString("azp");
    }
}
