package nl.supplementguidelines.ops;

import nl.supplementguidelines.web.ProblemType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request whose price (known once its body is read) is more than its client's remaining rate-limit budget: the 429
 * problem, raised inside Spring MVC, so the exception handler writes it like every other problem.
 */
class CostOverBudget extends ErrorResponseException {

    private final transient HttpHeaders headers = new HttpHeaders();

    CostOverBudget(String detail, long retryAfterSeconds) {
        super(ProblemType.TOO_MANY_REQUESTS.status(), problem(detail), null);
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        headers.setCacheControl("no-store");
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(ProblemType.TOO_MANY_REQUESTS.status(), detail);
        problem.setType(ProblemType.TOO_MANY_REQUESTS.uri());
        problem.setTitle(ProblemType.TOO_MANY_REQUESTS.title());
        return problem;
    }

    @Override
    public HttpHeaders getHeaders() {
        return headers;
    }
}
