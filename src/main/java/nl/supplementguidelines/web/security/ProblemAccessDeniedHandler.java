package nl.supplementguidelines.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.supplementguidelines.web.problem.ProblemType;
import nl.supplementguidelines.web.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/** A 403 for a valid token without the operation's scope: {@code /problems/insufficient-scope} naming the scope. */
final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final Problems problems;

    ProblemAccessDeniedHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        EditorScope scope = EditorEndpoints.scopeFor(request);
        String required = scope == null ? EditorScope.EDIT.scope() : scope.scope();
        String detail = "This operation needs a token with the scope " + required + ".";
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, BearerChallenge.of("insufficient_scope", detail, required));
        problems.write(request, response, ProblemType.INSUFFICIENT_SCOPE, detail, "requiredScope", required);
    }
}
