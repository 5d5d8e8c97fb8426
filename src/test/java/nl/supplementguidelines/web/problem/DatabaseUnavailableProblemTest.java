package nl.supplementguidelines.web.problem;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** A database that cannot be reached is a temporary 503 with Retry-After, never a 500; other failures stay 500s. */
class DatabaseUnavailableProblemTest {

    /**
     * Fails the way the service layer does when the pool cannot get a connection. A local class, so component scanning
     * of the other tests' applications never finds it.
     */
    private static Object failingEndpoints() {
        @Controller
        class FailingEndpoints {
        @GetMapping("/pool-timeout")
        @ResponseBody
        String poolTimeout() {
            // As DataSourceTransactionManager fails when Hikari's pool times out.
            throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                    new SQLTransientConnectionException("guidelines - Connection is not available, request timed out after 1000ms"));
        }

        @GetMapping("/constraint")
        @ResponseBody
        String constraint() {
            throw new DataIntegrityViolationException("duplicate key value violates unique constraint \"guideline_slug_key\"");
        }
        }
        return new FailingEndpoints();
    }

    private final MockMvcTester mvc = MockMvcTester.create(MockMvcBuilders.standaloneSetup(failingEndpoints())
            .setControllerAdvice(new ApiExceptionHandler()).build());

    @Test
    void answersAnUnreachableDatabaseWithServiceUnavailable() {
        assertThat(mvc.get().uri("/pool-timeout"))
                .hasStatus(503)
                .hasHeader("Retry-After", "5")
                .bodyJson().extractingPath("$.type").isEqualTo("/problems/service-unavailable");
        assertThat(mvc.get().uri("/pool-timeout")).bodyText().doesNotContain("JDBC").doesNotContain("guidelines -");
    }

    @Test
    void keepsOtherDatabaseFailuresInternalErrors() {
        assertThat(mvc.get().uri("/constraint"))
                .hasStatus(500)
                .bodyJson().extractingPath("$.type").isEqualTo("/problems/internal-error");
    }
}
