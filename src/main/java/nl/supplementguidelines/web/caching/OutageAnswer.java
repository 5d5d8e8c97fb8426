package nl.supplementguidelines.web.caching;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.supplementguidelines.web.problem.DatabaseFailures;
import nl.supplementguidelines.web.problem.ProblemType;
import nl.supplementguidelines.web.problem.Problems;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.HttpHeaders;

import java.io.IOException;

/**
 * The answer when the content version cannot be read because the database is down: the same 503 with Retry-After
 * the exception handler gives, written here because the cache filter answers before Spring MVC.
 */
final class OutageAnswer {

    private static final Log log = LogFactory.getLog(HttpCacheFilter.class);

    private final Problems problems;

    OutageAnswer(Problems problems) {
        this.problems = problems;
    }

    /** Answers with the 503 if {@code failure} means the database cannot be reached; rethrows any other failure. */
    void answer(RuntimeException failure, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!DatabaseFailures.isUnavailable(failure)) {
            throw failure;
        }
        log.warn("Database unavailable: " + failure.getMessage());
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseFailures.RETRY_AFTER_SECONDS));
        problems.write(request, response, ProblemType.SERVICE_UNAVAILABLE, DatabaseFailures.UNAVAILABLE_DETAIL);
    }
}
