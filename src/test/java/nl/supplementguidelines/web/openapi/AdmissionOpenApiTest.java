package nl.supplementguidelines.web.openapi;

import nl.supplementguidelines.support.ApiTest;
import nl.supplementguidelines.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document gives every operation its price and every operation with a body its 413 problem. */
@ApiTest
class AdmissionOpenApiTest {

    @LocalServerPort
    int port;

    @Test
    void documentsThePriceOfEveryOperationAndThe413OfEveryBody() {
        JsonNode paths = new Http(port).get("/v3/api-docs").json().get("paths");
        List<String> priced = new ArrayList<>();

        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                JsonNode operation = entry.getValue();
                String id = operation.get("operationId").asString();
                JsonNode cost = operation.get("x-rate-limit-cost");
                assertThat(cost).as(id).isNotNull();
                assertThat(operation.get("description").asString()).as(id).contains("Rate limit: costs");
                if (operation.has("requestBody")) {
                    // The checks are priced per item; an editor's document costs one token (writes need a token of another kind).
                    if (cost.has("perItem")) {
                        priced.add(id);
                        assertThat(cost.get("tokens").asInt()).as(id).isEqualTo(5);
                        assertThat(cost.get("perItem").asInt()).as(id).isEqualTo(1);
                    } else {
                        assertThat(cost.get("tokens").asInt()).as(id).isEqualTo(1);
                    }
                    JsonNode tooLarge = operation.get("responses").get("413");
                    assertThat(tooLarge).as(id).isNotNull();
                    assertThat(tooLarge.get("content").get("application/problem+json").get("examples")
                            .get("content-too-large").get("value").get("maxBodySize").asLong()).isEqualTo(65_536);
                } else if (path.getKey().startsWith("/api/v1/export")) {
                    // The bulk export is priced on arrival (api.rate-limit.export-cost).
                    assertThat(cost.get("tokens").asInt()).as(id).isEqualTo(25);
                    assertThat(operation.get("description").asString()).as(id).contains("costs 25 tokens");
                } else if (!"post".equals(entry.getKey())) {
                    assertThat(cost.get("tokens").asInt()).as(id).isEqualTo(1);
                    assertThat(operation.get("responses").has("413")).as(id).isFalse();
                }
            }
        }
        assertThat(priced).containsExactlyInAnyOrder("checkDoses", "buildRegimen", "checkInteractions");
    }

    @Test
    void theSchemasStillShowTheListLimitsThatAreCheckedFirst() {
        JsonNode schemas = new Http(port).get("/v3/api-docs").json().get("components").get("schemas");

        assertThat(schemas.get("DoseCheckRequest").get("properties").get("intakes").get("maxItems").asInt()).isEqualTo(50);
        assertThat(schemas.get("DoseCheckRequest").get("required").toString()).contains("intakes");
        assertThat(schemas.get("RegimenRequest").get("properties").get("guidelines").get("maxItems").asInt()).isEqualTo(10);
        assertThat(schemas.get("InteractionCheckRequest").get("properties").get("medicines").get("maxItems").asInt()).isEqualTo(20);
        assertThat(schemas.get("RegimenReference").get("properties").get("guidelines").get("maxItems").asInt()).isEqualTo(10);
    }
}
