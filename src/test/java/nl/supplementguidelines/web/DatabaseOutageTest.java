package nl.supplementguidelines.web;

import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.Http.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stops while the API runs and comes back later: readiness goes DOWN within seconds, requests get a 503
 * problem quickly instead of hanging or failing with a 500, liveness stays UP (a restart would not help), and the
 * API recovers by itself when the database is back.
 */
@ActiveProfiles("postgres")
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseOutageTest {

    private static final Path DATA = createDataDirectory();
    private static final int PG_PORT = freePort();
    private static EmbeddedPostgres postgres = startPostgres();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Test
    void turnsUnreadyAnswersServiceUnavailableAndRecoversWhenTheDatabaseReturns() throws IOException {
        Http http = new Http(port);
        assertThat(http.get("/api/v1/guidelines/leaky-gut").status()).isEqualTo(200);
        assertThat(http.get("/readyz").status()).isEqualTo(200);

        postgres.close();

        long stoppedAt = System.nanoTime();
        Response unready = waitFor(http, "/readyz", response -> response.status() == 503, Duration.ofSeconds(10));
        Duration untilUnready = Duration.ofNanos(System.nanoTime() - stoppedAt);
        assertThat(untilUnready).isLessThan(Duration.ofSeconds(5));
        assertThat(unready.json().get("components").get("db").get("status").asString()).isEqualTo("DOWN");
        assertThat(http.get("/livez").status()).isEqualTo(200);

        // A content version read just before the outage may be reused for up to its interval (1 s); after that every
        // request has to reach the database.
        waitFor(http, "/api/v1/guidelines/leaky-gut", response -> response.status() == 503, Duration.ofSeconds(3));
        for (String path : new String[] {"/api/v1/guidelines/leaky-gut", "/api/v1/nutrients?page=1", "/api/v1/evidence-levels"}) {
            long start = System.nanoTime();
            Response failed = http.get(path, "X-Request-Id", "outage-1");
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(failed.status()).as(path).isEqualTo(503);
            assertThat(took).as(path).isLessThan(Duration.ofSeconds(3));
            assertThat(failed.header("Retry-After")).isEqualTo("5");
            assertThat(failed.header("Cache-Control")).isEqualTo("no-store");
            JsonNode problem = failed.json();
            assertThat(problem.get("type").asString()).isEqualTo("/problems/service-unavailable");
            assertThat(problem.get("requestId").asString()).isEqualTo("outage-1");
            assertThat(failed.text()).doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("sql")
                    .doesNotContain("jdbc").doesNotContain("Hikari");
        }

        postgres = startPostgres();

        waitFor(http, "/readyz", response -> response.status() == 200, Duration.ofSeconds(30));
        Response recovered = http.get("/api/v1/guidelines/leaky-gut");
        assertThat(recovered.status()).isEqualTo(200);
        assertThat(recovered.json().get("recommendations")).hasSize(7);
    }

    private static Response waitFor(Http http, String path, Predicate<Response> condition, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        Response response = http.get(path);
        while (!condition.test(response) && System.nanoTime() < deadline) {
            sleep(100);
            response = http.get(path);
        }
        assertThat(condition).as("%s within %s, last answer %s %s", path, limit, response.status(), response.text())
                .accepts(response);
        return response;
    }

    /** The same data directory and port each time, as a restarted database server would have. */
    private static EmbeddedPostgres startPostgres() {
        try {
            return EmbeddedPostgres.builder().setPort(PG_PORT).setDataDirectory(DATA).setCleanDataDirectory(false).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path createDataDirectory() {
        try {
            return Files.createTempDirectory("outage-pg");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
