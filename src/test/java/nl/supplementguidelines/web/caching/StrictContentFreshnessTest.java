package nl.supplementguidelines.web.caching;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a database server with {@code api.cache.version-check-interval=0} (the default) the API reads the version for
 * every request, so the very next request after a change gets the new content.
 */
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StrictContentFreshnessTest extends ContentFreshnessTest {

    private static final EmbeddedPostgres POSTGRES = TestPostgres.start();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.useIn(registry, POSTGRES);
    }

    @Autowired
    ContentVersion contentVersion;

    @Override
    Duration allowedDelay() {
        return Duration.ZERO;
    }

    @Test
    void readsTheVersionForEveryRequest() {
        Http http = new Http(port);
        long reads = contentVersion.reads();

        for (int i = 0; i < 20; i++) {
            assertThat(http.get("/api/v1/guidelines/leaky-gut").status()).isEqualTo(200);
        }

        // One request at a time: no request can share another's read.
        assertThat(contentVersion.reads() - reads).isEqualTo(20);
    }
}
