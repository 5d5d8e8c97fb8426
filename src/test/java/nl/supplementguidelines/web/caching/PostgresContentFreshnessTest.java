package nl.supplementguidelines.web.caching;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.supplementguidelines.support.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;

/**
 * On a database server other processes can change the content, so the API reads the version; with
 * {@code api.cache.version-check-interval=1s} it may reuse a read for a second, and a change is served within it.
 */
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "api.cache.version-check-interval=1s")
class PostgresContentFreshnessTest extends ContentFreshnessTest {

    private static final EmbeddedPostgres POSTGRES = TestPostgres.start();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.useIn(registry, POSTGRES);
    }

    @Override
    Duration allowedDelay() {
        return Duration.ofSeconds(1);
    }
}
