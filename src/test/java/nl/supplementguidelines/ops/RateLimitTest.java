package nl.supplementguidelines.ops;

import nl.supplementguidelines.RealHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;

import static nl.supplementguidelines.RealHttp.header;
import static nl.supplementguidelines.RealHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

/** A small limit (3 requests, then 1 an hour) to see the bucket run dry. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:ratelimit;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "api.rate-limit.capacity=3",
        "api.rate-limit.refill-tokens=1",
        "api.rate-limit.refill-period=1h"
})
class RateLimitTest {

    @LocalServerPort
    int port;

    RealHttp http;

    @BeforeEach
    void connect() {
        http = new RealHttp(port);
    }

    @Test
    void refusesRequestsOverTheLimitWithATooManyRequestsProblem() {
        for (int remaining = 2; remaining >= 0; remaining--) {
            HttpResponse<String> allowed = http.get("/api/v1/evidence-levels");
            assertThat(allowed.statusCode()).isEqualTo(200);
            assertThat(header(allowed, "RateLimit")).startsWith("\"per-client\";r=" + remaining + ";t=");
            assertThat(header(allowed, "RateLimit-Policy")).isEqualTo("\"per-client\";q=3;w=10800");
        }

        HttpResponse<String> refused = http.get("/api/v1/guidelines/leaky-gut", "X-Request-Id", "greedy-1");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(header(refused, "Content-Type")).startsWith("application/problem+json");
        assertThat(Long.parseLong(header(refused, "Retry-After"))).isBetween(3500L, 3600L);
        assertThat(header(refused, "RateLimit")).startsWith("\"per-client\";r=0;t=");
        assertThat(header(refused, "Cache-Control")).isEqualTo("no-store");
        assertThat(header(refused, "X-Content-Type-Options")).isEqualTo("nosniff");
        JsonNode problem = json(refused);
        assertThat(problem.get("type").asString()).isEqualTo("/problems/too-many-requests");
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("detail").asString()).contains("3 requests");
        assertThat(problem.get("requestId").asString()).isEqualTo("greedy-1");
        assertThat(http.send("POST", "/api/v1/guidelines").statusCode()).as("every method counts").isEqualTo(429);

        for (int i = 0; i < 5; i++) {
            assertThat(http.get("/readyz").statusCode()).as("probes are not rate limited").isEqualTo(200);
        }
    }
}
