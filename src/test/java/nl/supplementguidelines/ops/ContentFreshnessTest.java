package nl.supplementguidelines.ops;

import nl.supplementguidelines.RealHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import static nl.supplementguidelines.RealHttp.header;
import static nl.supplementguidelines.RealHttp.json;
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
        RealHttp http = new RealHttp(port);
        HttpResponse<String> before = http.get("/api/v1/guidelines/leaky-gut");
        HttpResponse<String> listBefore = http.get("/api/v1/guidelines");
        assertThat(http.get("/api/v1/guidelines/leaky-gut", "If-None-Match", header(before, "ETag")).statusCode()).isEqualTo(304);

        Instant changedAt = Instant.now().plusSeconds(5);
        jdbc.sql("update guideline set title = 'Leaky gut (herzien)', last_modified = ? where slug = 'leaky-gut'")
                .param(OffsetDateTime.ofInstant(changedAt, ZoneOffset.UTC)).update();

        long changed = System.nanoTime();
        HttpResponse<String> after = http.get("/api/v1/guidelines/leaky-gut", "If-None-Match", header(before, "ETag"));
        while (after.statusCode() == 304 && System.nanoTime() - changed < allowedDelay().toNanos()) {
            Thread.sleep(50);
            after = http.get("/api/v1/guidelines/leaky-gut", "If-None-Match", header(before, "ETag"));
        }
        assertThat(Duration.ofNanos(System.nanoTime() - changed)).isLessThanOrEqualTo(allowedDelay().plusMillis(500));
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(json(after).get("title").asString()).isEqualTo("Leaky gut (herzien)");
        assertThat(header(after, "ETag")).isNotEqualTo(header(before, "ETag"));
        assertThat(ZonedDateTime.parse(header(after, "Last-Modified"), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
                .isEqualTo(changedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(http.get("/api/v1/guidelines/leaky-gut", "If-Modified-Since", header(before, "Last-Modified")).statusCode())
                .isEqualTo(200);
        assertThat(json(http.get("/api/v1/guidelines")).get("items").get(0).get("title").asString()).isEqualTo("Leaky gut (herzien)");
        assertThat(header(http.get("/api/v1/guidelines"), "ETag")).isNotEqualTo(header(listBefore, "ETag"));
    }
}
