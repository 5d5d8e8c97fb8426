package nl.supplementguidelines.web.ratelimit;

import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.Http.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests pay by what they ask for: a GET 1 token, a POST 5 plus 1 per item, charged once the body is read, a GET of the
 * bulk export its export cost (10 here) on arrival. A bucket
 * of 100 that refills 1 an hour, so the figures are exact.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:requestcost;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "api.rate-limit.capacity=100",
        "api.rate-limit.refill-tokens=1",
        "api.rate-limit.refill-period=1h",
        "api.rate-limit.export-cost=10"
})
class RequestCostTest {

    private static final String FIFTY_INTAKES = "{\"guidelines\":[\"leaky-gut\"],\"intakes\":["
            + String.join(",", Collections.nCopies(50, "{\"nutrient\":\"zink\",\"dose\":\"30 mg\"}")) + "]}";

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void connect() {
        http = new Http(port);
    }

    @Test
    void chargesEachOperationItsPriceAndRefusesOneThatCostsMoreThanRemains() {
        assertRemaining(http.get("/api/v1/evidence-levels"), 200, 99);

        Response fifty = http.post("/api/v1/dose-checks", FIFTY_INTAKES);
        assertRemaining(fifty, 200, 99 - 56);

        Response refused = http.post("/api/v1/dose-checks", FIFTY_INTAKES);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.header("Cache-Control")).isEqualTo("no-store");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isGreaterThan(3000L);
        assertThat(refused.header("RateLimit")).startsWith("\"per-client\";r=42;");
        JsonNode problem = refused.json();
        assertThat(problem.get("type").asString()).isEqualTo("/problems/too-many-requests");
        assertThat(problem.get("detail").asString()).startsWith("This request costs 56 of this client's rate-limit tokens")
                .contains("51 items").contains("42 remain");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/dose-checks");
        assertThat(problem.get("requestId").asString()).isNotBlank();

        assertRemaining(http.get("/api/v1/evidence-levels"), 200, 41);
        Response oversized = http.post("/api/v1/regimens", "{\"guidelines\":[" + String.join(",", Collections.nCopies(20_000, "\"\"")) + "]}");
        assertRemaining(oversized, 400, 41 - 15);
        Response interactions = http.post("/api/v1/interaction-checks", "{\"medicines\":[\"statins\",\"J01MA02\"],\"guideline\":\"leaky-gut\"}");
        assertRemaining(interactions, 200, 26 - 8);

        assertRemaining(http.get("/api/v1/export/recommendations.csv"), 200, 18 - 10);
        Response export = http.get("/api/v1/export");
        assertThat(export.status()).isEqualTo(429);
        assertThat(export.header("RateLimit")).startsWith("\"per-client\";r=8;");
        assertThat(export.json().get("detail").asString()).startsWith("The bulk export costs 10 of this client's rate-limit tokens; 8 remain");
        assertRemaining(http.get("/api/v1/evidence-levels"), 200, 7);
    }

    private static void assertRemaining(Response response, int status, int remaining) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.header("RateLimit")).startsWith("\"per-client\";r=" + remaining + ";");
    }
}
