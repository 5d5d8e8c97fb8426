package nl.supplementguidelines.web.idempotency;

import nl.supplementguidelines.web.problem.ProblemType;
import nl.supplementguidelines.web.problem.Problems;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A key that cannot be honoured: used before for another request (422), or its first request still running (409). */
final class IdempotencyConflict extends ErrorResponseException {

    static final String REUSED = "This Idempotency-Key was used before for a different request (another operation, target or body). "
            + "Use a new key for a new request.";
    static final String IN_FLIGHT = "A request with this Idempotency-Key is still being processed. Retry it in a moment: once the "
            + "first one has finished, the retry gets its answer.";

    private IdempotencyConflict(ProblemType type, String detail) {
        super(type.status(), problem(type, detail), null);
    }

    static IdempotencyConflict reused() {
        return new IdempotencyConflict(ProblemType.IDEMPOTENCY_KEY_REUSED, REUSED);
    }

    static IdempotencyConflict inFlight() {
        return new IdempotencyConflict(ProblemType.IDEMPOTENCY_KEY_IN_FLIGHT, IN_FLIGHT);
    }

    private static ProblemDetail problem(ProblemType type, String detail) {
        return Problems.detail(type, detail);
    }
}
