package nl.supplementguidelines.web.caching;

import nl.supplementguidelines.support.PostgresApiTest;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;

/**
 * On a database server other processes can change the content, so the API reads the version; with
 * {@code api.cache.version-check-interval=1s} it may reuse a read for a second, and a change is served within it.
 */
@PostgresApiTest
@TestPropertySource(properties = "api.cache.version-check-interval=1s")
class PostgresContentFreshnessTest extends ContentFreshnessTest {

    @Override
    Duration allowedDelay() {
        return Duration.ofSeconds(1);
    }
}
