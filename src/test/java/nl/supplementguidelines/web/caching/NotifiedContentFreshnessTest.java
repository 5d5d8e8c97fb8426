package nl.supplementguidelines.web.caching;

import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.PostgresApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL (notifications on, the default) the API keeps the version it read and reads again only when the
 * database NOTIFYs a change, or after {@code api.cache.version-max-age} (1 s): a change by plain SQL on another
 * connection is served as soon as its notification is in, well within the allowed delay.
 */
@PostgresApiTest
class NotifiedContentFreshnessTest extends ContentFreshnessTest {

    @Autowired
    ContentVersion contentVersion;

    @Override
    Duration allowedDelay() {
        // Well below the max age of a read (1 s): only the notification can make the change arrive this soon.
        return Duration.ofMillis(300);
    }

    @Test
    void readsTheVersionOnlyWhenTold() {
        assertThat(contentVersion).isInstanceOf(NotifiedContentVersion.class);
        assertThat(((NotifiedContentVersion) contentVersion).listening()).isTrue();
        Http http = new Http(port);
        http.get("/api/v1/guidelines/leaky-gut");
        long reads = contentVersion.reads();

        for (int i = 0; i < 50; i++) {
            assertThat(http.get("/api/v1/guidelines/leaky-gut").status()).isEqualTo(200);
        }

        // A read per request would be 50; the max age of a read (1 s) allows one more, a slow machine two.
        assertThat(contentVersion.reads() - reads).isLessThanOrEqualTo(2);
    }
}
