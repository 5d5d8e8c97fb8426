package nl.supplementguidelines.web.ratelimit;

import nl.supplementguidelines.web.problem.ProblemType;
import nl.supplementguidelines.web.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.web.ErrorResponseException;

/**
 * A request whose price (known once its body is read) is more than its client's remaining rate-limit budget: the 429
 * problem, raised inside Spring MVC, so the exception handler writes it like every other problem.
 */
class CostOverBudget extends ErrorResponseException {

    private final transient HttpHeaders headers = new HttpHeaders();

    CostOverBudget(String detail, long retryAfterSeconds) {
        super(ProblemType.TOO_MANY_REQUESTS.status(), Problems.detail(ProblemType.TOO_MANY_REQUESTS, detail), null);
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        headers.setCacheControl("no-store");
    }

    @Override
    public HttpHeaders getHeaders() {
        return headers;
    }
}
