package nl.supplementguidelines.web.caching;

import nl.supplementguidelines.support.PostgresApiTest;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;

/**
 * Without notifications (turned off here; also while the listener reconnects) the API reads the version; with
 * {@code api.cache.version-check-interval=1s} it may reuse a read for a second, and a change is served within it.
 */
@PostgresApiTest
@TestPropertySource(properties = {"api.cache.version-check-interval=1s", "api.cache.version-notifications=false"})
class PostgresContentFreshnessTest extends ContentFreshnessTest {

    @Override
    Duration allowedDelay() {
        return Duration.ofSeconds(1);
    }
}
