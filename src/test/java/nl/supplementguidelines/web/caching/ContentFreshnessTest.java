package nl.supplementguidelines.web.caching;

import nl.supplementguidelines.support.Eventually;
import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.Http.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cached representations are served per content version: a change made in the database while the API runs is served
 * with new validators, and the old bytes are never served again. The change touches only the title: the content
 * revision's triggers notice it, nobody has to set last_modified. Run on each kind of database by the subclasses.
 */
abstract class ContentFreshnessTest {

    /** How long after the change the first request may still see the old content. */
    abstract Duration allowedDelay();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private String title;

    @BeforeEach
    void rememberTheTitle() {
        title = jdbc.sql("select title from guideline where slug = 'leaky-gut'").query(String.class).single();
    }

    /** The context is shared with other tests of the same database ({@code PostgresApiTest}): leave the content as found. */
    @AfterEach
    void putTheTitleBack() {
        jdbc.sql("update guideline set title = ? where slug = 'leaky-gut'").param(title).update();
        // The next test must not meet the change still cached (plain SQL arrives by notification on PostgreSQL).
        Eventually.get(new Http(port), answer -> title.equals(answer.json().path("title").asString()), "/api/v1/guidelines/leaky-gut");
    }

    @Test
    void servesChangedContentWithinTheIntervalWithNewValidators() throws InterruptedException {
        Http http = new Http(port);
        Response before = http.get("/api/v1/guidelines/leaky-gut");
        Response listBefore = http.get("/api/v1/guidelines");
        assertThat(http.get("/api/v1/guidelines/leaky-gut", "If-None-Match", before.header("ETag")).status()).isEqualTo(304);
        Instant servedLastModified = httpDate(before.header("Last-Modified"));
        // Last-Modified has whole seconds: change in a later second than the one served, so If-Modified-Since can tell.
        while (Instant.now().isBefore(servedLastModified.plusSeconds(1))) {
            Thread.sleep(50);
        }

        Instant changing = Instant.now();
        jdbc.sql("update guideline set title = 'Leaky gut (herzien)' where slug = 'leaky-gut'").update();
        Instant changed = Instant.now();

        long changedNanos = System.nanoTime();
        Response after = http.get("/api/v1/guidelines/leaky-gut", "If-None-Match", before.header("ETag"));
        while (after.status() == 304 && System.nanoTime() - changedNanos < allowedDelay().toNanos()) {
            Thread.sleep(50);
            after = http.get("/api/v1/guidelines/leaky-gut", "If-None-Match", before.header("ETag"));
        }
        assertThat(Duration.ofNanos(System.nanoTime() - changedNanos)).isLessThanOrEqualTo(allowedDelay().plusMillis(500));
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.json().get("title").asString()).isEqualTo("Leaky gut (herzien)");
        assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
        // When the change was made, to the second (RFC 9110: never later than the answer), and after the previous one.
        Instant lastModified = httpDate(after.header("Last-Modified"));
        assertThat(lastModified).isBetween(changing.truncatedTo(ChronoUnit.SECONDS), changed).isAfter(servedLastModified);
        assertThat(lastModified).isBeforeOrEqualTo(httpDate(after.header("Date")));
        assertThat(http.get("/api/v1/guidelines/leaky-gut", "If-Modified-Since", before.header("Last-Modified")).status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/guidelines").json().get("items").get(0).get("title").asString()).isEqualTo("Leaky gut (herzien)");
        assertThat(http.get("/api/v1/guidelines").header("ETag")).isNotEqualTo(listBefore.header("ETag"));
    }

    private static Instant httpDate(String value) {
        return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }
}
