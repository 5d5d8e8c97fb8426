package nl.supplementguidelines.web.ratelimit;

import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.Http.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;


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

    Http http;

    @BeforeEach
    void connect() {
        http = new Http(port);
    }

    @Test
    void refusesRequestsOverTheLimitWithATooManyRequestsProblem() {
        for (int remaining = 2; remaining >= 0; remaining--) {
            Response allowed = http.get("/api/v1/evidence-levels");
            assertThat(allowed.status()).isEqualTo(200);
            assertThat(allowed.header("RateLimit")).startsWith("\"per-client\";r=" + remaining + ";t=");
            assertThat(allowed.header("RateLimit-Policy")).isEqualTo("\"per-client\";q=3;w=10800");
        }

        Response refused = http.get("/api/v1/guidelines/leaky-gut", "X-Request-Id", "greedy-1");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(3500L, 3600L);
        assertThat(refused.header("RateLimit")).startsWith("\"per-client\";r=0;t=");
        assertThat(refused.header("Cache-Control")).isEqualTo("no-store");
        assertThat(refused.header("X-Content-Type-Options")).isEqualTo("nosniff");
        JsonNode problem = refused.json();
        assertThat(problem.get("type").asString()).isEqualTo("/problems/too-many-requests");
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("detail").asString()).contains("3 requests");
        assertThat(problem.get("requestId").asString()).isEqualTo("greedy-1");
        assertThat(http.send("POST", "/api/v1/guidelines").status()).as("every method counts").isEqualTo(429);

        for (int i = 0; i < 5; i++) {
            assertThat(http.get("/readyz").status()).as("probes are not rate limited").isEqualTo(200);
        }
    }
}
