package nl.supplementguidelines.ops;

import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.Http.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cached representations are served per content version: a change made in the database while the API runs is served
 * within the version check interval (1 s by default), with new validators, and the old bytes are never served again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:freshness;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "api.cache.version-check-interval=1s"
})
class ContentFreshnessTest {

    /** How long after the change the first request may still see the old content. */
    Duration allowedDelay() {
        return Duration.ofSeconds(1);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void servesChangedContentWithinTheIntervalWithNewValidators() throws InterruptedException {
        Http http = new Http(port);
        Response before = http.get("/api/v1/guidelines/leaky-gut");
        Response listBefore = http.get("/api/v1/guidelines");
        assertThat(http.get("/api/v1/guidelines/leaky-gut", "If-None-Match", before.header("ETag")).status()).isEqualTo(304);

        Instant changedAt = Instant.now().plusSeconds(5);
        jdbc.sql("update guideline set title = 'Leaky gut (herzien)', last_modified = ? where slug = 'leaky-gut'")
                .param(OffsetDateTime.ofInstant(changedAt, ZoneOffset.UTC)).update();

        long changed = System.nanoTime();
        Response after = http.get("/api/v1/guidelines/leaky-gut", "If-None-Match", before.header("ETag"));
        while (after.status() == 304 && System.nanoTime() - changed < allowedDelay().toNanos()) {
            Thread.sleep(50);
            after = http.get("/api/v1/guidelines/leaky-gut", "If-None-Match", before.header("ETag"));
        }
        assertThat(Duration.ofNanos(System.nanoTime() - changed)).isLessThanOrEqualTo(allowedDelay().plusMillis(500));
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.json().get("title").asString()).isEqualTo("Leaky gut (herzien)");
        assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
        assertThat(ZonedDateTime.parse(after.header("Last-Modified"), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
                .isEqualTo(changedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(http.get("/api/v1/guidelines/leaky-gut", "If-Modified-Since", before.header("Last-Modified")).status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/guidelines").json().get("items").get(0).get("title").asString()).isEqualTo("Leaky gut (herzien)");
        assertThat(http.get("/api/v1/guidelines").header("ETag")).isNotEqualTo(listBefore.header("ETag"));
    }
}
