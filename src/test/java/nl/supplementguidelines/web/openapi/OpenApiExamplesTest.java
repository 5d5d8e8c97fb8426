package nl.supplementguidelines.web.openapi;

import com.networknt.schema.Error;
import nl.supplementguidelines.support.ApiTest;
import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.OpenApiContract;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example of the document keeps its word: response examples are valid under their response schema, request
 * examples under their request body schema, and the server accepts every request example (2xx).
 */
@ApiTest
class OpenApiExamplesTest {

    @LocalServerPort
    int port;

    private final OpenApiContract contract = OpenApiContract.get();

    @Test
    void everyExampleIsValidUnderItsSchema() {
        List<String> invalid = new ArrayList<>();
        int[] checked = {0};
        forEachOperation((where, operation) -> {
            operation.path("responses").properties().forEach(response -> response.getValue().path("content").properties().forEach(media ->
                    examples(media.getValue()).forEach((name, example) -> {
                        checked[0]++;
                        validate(where + " " + response.getKey() + " " + media.getKey() + " example " + name, media.getValue(), example, invalid);
                    })));
            operation.path("requestBody").path("content").properties().forEach(media -> examples(media.getValue()).forEach((name, example) -> {
                checked[0]++;
                validate(where + " request " + media.getKey() + " example " + name, media.getValue(), example, invalid);
            }));
        });

        assertThat(checked[0]).as("examples checked").isGreaterThan(50);
        assertThat(invalid).as("examples that break their own schema").isEmpty();
    }

    @Test
    void theServerAcceptsEveryRequestExample() {
        Http http = new Http(port);
        List<String> refused = new ArrayList<>();
        int[] sent = {0};
        forEachOperation((where, operation) -> operation.path("requestBody").path("content").path("application/json").path("examples")
                .properties().forEach(example -> {
                    sent[0]++;
                    String path = where.substring(where.indexOf(' ') + 1);
                    Http.Response response = http.post(path, example.getValue().get("value").toString());
                    if (response.status() / 100 != 2) {
                        refused.add(where + " example " + example.getKey() + ": " + response.status() + " " + response.text());
                    }
                }));

        assertThat(sent[0]).as("request examples sent").isGreaterThanOrEqualTo(6);
        assertThat(refused).as("request examples the server refuses").isEmpty();
    }

    private void validate(String where, JsonNode media, JsonNode example, List<String> invalid) {
        List<Error> errors = contract.errors(where, media.get("schema"), example);
        if (!errors.isEmpty()) {
            invalid.add(where + ": " + errors);
        }
    }

    private static Map<String, JsonNode> examples(JsonNode media) {
        Map<String, JsonNode> examples = new java.util.LinkedHashMap<>();
        if (media.has("example")) {
            examples.put("(example)", media.get("example"));
        }
        media.path("examples").properties().forEach(example -> examples.put(example.getKey(), example.getValue().get("value")));
        return examples;
    }

    private void forEachOperation(java.util.function.BiConsumer<String, JsonNode> action) {
        contract.document().get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
                action.accept(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue())));
    }
}
