package nl.supplementguidelines.web.security;

import nl.supplementguidelines.web.problem.Problems;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.supplementguidelines.web.problem.ProblemType;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;

import java.io.IOException;

/**
 * Refuses a browser request from an origin that is not allowed with the API's one error contract (a 403
 * {@code application/problem+json}, {@code /problems/origin-not-allowed}) instead of Spring's plain-text
 * "Invalid CORS request" without a Content-Type, which the OpenAPI document could not describe.
 */
class ProblemCorsProcessor extends DefaultCorsProcessor {

    private final Problems problems;

    ProblemCorsProcessor(Problems problems) {
        this.problems = problems;
    }

    @Override
    public boolean processRequest(CorsConfiguration config, HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean allowed = super.processRequest(config, request, response);
        if (!allowed && response.getStatus() == HttpStatus.FORBIDDEN.value() && !response.isCommitted()) {
            problems.write(request, response, ProblemType.ORIGIN_NOT_ALLOWED,
                    "Browser requests from this origin are not allowed.");
        }
        return allowed;
    }

    /** Only the status: {@link #processRequest} writes the problem, since it knows the request. */
    @Override
    protected void rejectRequest(ServerHttpResponse response) {
        response.setStatusCode(HttpStatus.FORBIDDEN);
    }
}
