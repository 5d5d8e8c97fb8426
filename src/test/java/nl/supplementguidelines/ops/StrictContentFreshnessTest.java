package nl.supplementguidelines.ops;

import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;

/** With {@code api.cache.version-check-interval=0} the very next request after a change gets the new content. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:strictfreshness;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "api.cache.version-check-interval=0"
})
class StrictContentFreshnessTest extends ContentFreshnessTest {

    @Override
    Duration allowedDelay() {
        return Duration.ZERO;
    }
}
