package nl.supplementguidelines.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.supplementguidelines.web.problem.ProblemType;
import nl.supplementguidelines.web.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.io.IOException;

/**
 * A 401 as a problem with its RFC 6750 challenge. No token: the bare challenge and {@code /problems/unauthenticated};
 * a token that is not valid: {@code error="invalid_token"} and what is wrong with it (Spring Security's description,
 * such as an expired {@code exp} or a wrong {@code aud}: nothing of the server). When no authorization server is
 * configured every editing request gets {@code /problems/editing-not-configured}.
 */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final Problems problems;
    private final boolean configured;

    ProblemAuthenticationEntryPoint(Problems problems, boolean configured) {
        this.problems = problems;
        this.configured = configured;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (!configured) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, BearerChallenge.of(null, null, null));
            problems.write(request, response, ProblemType.EDITING_NOT_CONFIGURED,
                    "Editing is not configured on this instance: no authorization server is set, so no token is accepted.");
            return;
        }
        if (exception instanceof OAuth2AuthenticationException oauth && oauth.getError() instanceof BearerTokenError error) {
            String description = BearerChallenge.quotable(error.getDescription() == null ? "The bearer token is not valid." : error.getDescription());
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, BearerChallenge.of(error.getErrorCode(), description, null));
            problems.write(request, response, ProblemType.UNAUTHENTICATED, "The bearer token is not valid: " + description);
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, BearerChallenge.of(null, null, null));
        problems.write(request, response, ProblemType.UNAUTHENTICATED,
                "This operation needs a bearer token in the Authorization header (Authorization: Bearer <JWT>).");
    }
}
