package nl.supplementguidelines.web.caching;

import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.PostgresApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a database server with {@code api.cache.version-check-interval=0} (the default) the API reads the version for
 * every request, so the very next request after a change gets the new content.
 */
@PostgresApiTest
class StrictContentFreshnessTest extends ContentFreshnessTest {

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
