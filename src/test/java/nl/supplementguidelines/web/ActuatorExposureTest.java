package nl.supplementguidelines.web;

import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.Http.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only health and info are public; metrics and everything else of the actuator sit on the management port. A context
 * of its own: the metrics count every request of the context, and the shared one also serves requests that filters
 * refuse before a handler is chosen (a 413 is timed under {@code uri="UNKNOWN"}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "spring.datasource.url=jdbc:h2:mem:actuator;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class ActuatorExposureTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    Http api;
    Http management;

    @BeforeEach
    void connect() {
        api = new Http(port);
        management = new Http(managementPort);
    }

    @Test
    void runsTheActuatorOnASeparatePort() {
        assertThat(managementPort).isPositive().isNotEqualTo(port);
    }

    @Test
    void publishesOnlyProbesAndInfoOnTheApiPort() {
        assertThat(api.get("/livez").status()).isEqualTo(200);
        assertThat(api.get("/readyz").status()).isEqualTo(200);
        assertThat(api.get("/info").status()).isEqualTo(200);
        for (String hidden : List.of("/actuator", "/actuator/health", "/actuator/prometheus", "/actuator/metrics",
                "/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/loggers", "/actuator/shutdown")) {
            assertThat(api.get(hidden).status()).as(hidden).isEqualTo(404);
        }
    }

    @Test
    void tellsVersionBuildTimeAndCommit() {
        JsonNode info = api.get("/info").json();

        assertThat(info.get("build").get("version").asString()).isNotBlank();
        assertThat(info.get("build").get("time").asString()).isNotBlank();
        if (builtFromGitCheckout()) {
            assertThat(info.get("git").get("commit").get("id").asString()).matches("[0-9a-f]{7,}");
        } else {
            assertThat(info.has("git")).isFalse();
        }
        assertThat(management.get("/actuator/info").json()).isEqualTo(info);
    }

    @Test
    void reportsLivenessAndReadinessWithTheDatabase() {
        JsonNode readiness = management.get("/actuator/health/readiness").json();

        assertThat(readiness.get("status").asString()).isEqualTo("UP");
        assertThat(readiness.get("components").has("db")).isTrue();
        assertThat(management.get("/actuator/health/liveness").json().get("components").has("db"))
                .as("liveness must not depend on the database: a restart does not bring it back").isFalse();
    }

    @Test
    void exposesPrometheusMetricsWithPerEndpointTimingsIncludingCachedAnswers() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            assertThat(api.get("/api/v1/nutrients/zink").status()).isEqualTo(200);
        }

        long count = 0;
        String metrics = "";
        for (int attempt = 0; attempt < 20 && count < 3; attempt++) {
            metrics = management.get("/actuator/prometheus").text();
            count = requestCount(metrics, "/api/v1/nutrients/{slug}");
            Thread.sleep(100);
        }
        assertThat(count).isGreaterThanOrEqualTo(3);
        assertThat(metrics).contains("http_server_requests_seconds_bucket{").contains("hikaricp_connections_active");
        assertThat(metrics).as("every finished request is timed under its endpoint's pattern")
                .doesNotContainPattern("http_server_requests_seconds_count\\{[^}]*uri=\"UNKNOWN\"");
    }

    @Test
    void countsReadsOfTheContentVersionNoneWhileNothingChangesOnTheEmbeddedDatabase() {
        api.get("/api/v1/guidelines/leaky-gut");
        double before = contentVersionReads();

        for (int i = 0; i < 20; i++) {
            assertThat(api.get("/api/v1/guidelines/leaky-gut").status()).isEqualTo(200);
        }

        assertThat(contentVersionReads()).isBetween(before, before + 1);
    }

    private double contentVersionReads() {
        Matcher matcher = Pattern.compile("(?m)^api_content_version_reads_total(?:\\{[^}]*})? (\\S+)$")
                .matcher(management.get("/actuator/prometheus").text());
        assertThat(matcher.find()).as("api_content_version_reads_total is published").isTrue();
        return Double.parseDouble(matcher.group(1));
    }

    @Test
    void hidesEverythingElseOnTheManagementPortToo() {
        assertThat(management.get("/actuator/prometheus").status()).isEqualTo(200);
        assertThat(management.get("/actuator/metrics").status()).isEqualTo(200);
        for (String hidden : List.of("/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/threaddump",
                "/actuator/loggers", "/actuator/configprops", "/actuator/shutdown")) {
            assertThat(management.get(hidden).status()).as(hidden).isEqualTo(404);
        }
    }

    private static long requestCount(String metrics, String uri) {
        Matcher matcher = Pattern.compile("http_server_requests_seconds_count\\{[^}]*status=\"200\"[^}]*uri=\""
                + Pattern.quote(uri) + "\"[^}]*} ([0-9.]+)").matcher(metrics);
        return matcher.find() ? (long) Double.parseDouble(matcher.group(1)) : 0;
    }

    /** CI always builds from a checkout; a source archive without .git gets an empty git.properties and no git section. */
    private static boolean builtFromGitCheckout() {
        try (java.io.InputStream in = new ClassPathResource("git.properties").getInputStream()) {
            java.util.Properties git = new java.util.Properties();
            git.load(in);
            return git.getProperty("git.commit.id") != null;
        } catch (java.io.IOException noFile) {
            return false;
        }
    }
}
