package nl.supplementguidelines.web.openapi;

import nl.supplementguidelines.support.ApiTest;
import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.Http.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI examples of the dose-intelligence operations are real: each is what the API answers to the request
 * kept beside it in test resources, and the document carries them with the 400 and 422 problems.
 */
@ApiTest
class DoseIntelligenceOpenApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private static JsonNode resource(String path) throws IOException {
        return JSON.readTree(new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            checkDoses        | POST | /api/v1/dose-checks
            buildRegimen      | POST | /api/v1/regimens
            checkInteractions | POST | /api/v1/interaction-checks
            listInteractions  | GET  | /api/v1/interactions?atc=J01MA02
            getInteraction    | GET  | /api/v1/interactions/1
            """)
    void theExampleIsWhatTheApiAnswers(String operationId, String method, String path) throws IOException {
        Http http = new Http(port);
        Response live = method.equals("GET") ? http.get(path)
                : http.post(path, new ClassPathResource("openapi/requests/" + operationId + ".json").getContentAsString(StandardCharsets.UTF_8), "en");

        assertThat(live.status()).isEqualTo(200);
        assertThat(live.json()).isEqualTo(resource("openapi/examples/" + operationId + ".json"));

        JsonNode document = http.get("/v3/api-docs").json();
        JsonNode operation = document.get("paths").get(path.replaceAll("\\?.*", "").replace("/1", "/{row}")).get(method.toLowerCase());
        assertThat(operation.get("operationId").asString()).isEqualTo(operationId);
        assertThat(operation.get("description").asString()).isNotBlank();
        assertThat(operation.get("responses").get("200").get("content").get("application/json").get("example"))
                .isEqualTo(resource("openapi/examples/" + operationId + ".json"));
        assertThat(operation.get("responses").has("400")).isTrue();
        if (method.equals("POST")) {
            assertThat(operation.get("responses").get("422").get("content").get("application/problem+json").toString()).contains("intakes[1].unit");
            assertThat(operation.get("requestBody").get("content").get("application/json").get("examples").size()).isPositive();
        }
    }
}
