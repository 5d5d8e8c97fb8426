package nl.supplementguidelines.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.supplementguidelines.client.model.Guideline;
import nl.supplementguidelines.client.model.GuidelineRecommendations;
import nl.supplementguidelines.client.model.Nutrient;
import nl.supplementguidelines.support.ApiTest;
import nl.supplementguidelines.support.Http;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The versioning policy lets v1 add values to the open enums ({@code kind} of a dose or a reference level,
 * {@code category}, {@code availability}). A client generated from the document must read such a value and keep it: a real answer
 * with the value replaced goes through the generated model classes and the client's strict ObjectMapper.
 */
@ApiTest
class OpenEnumValuesTest {

    private static final ObjectMapper STRICT = StrictClient.mapper();

    @LocalServerPort
    int port;

    static Stream<Arguments> openEnums() {
        return Stream.of(
                Arguments.of("/api/v1/guidelines/leaky-gut/recommendations", "/items/0/dailyDose", "kind", "PER_KG", GuidelineRecommendations.class),
                Arguments.of("/api/v1/guidelines/leaky-gut", "/recommendations/0/dailyDose", "kind", "PER_KG", Guideline.class),
                Arguments.of("/api/v1/nutrients/zink", "", "category", "FATTY_ACID", Nutrient.class),
                Arguments.of("/api/v1/nutrients/zink", "/referenceLevels/levels/0", "kind", "AI", Nutrient.class),
                Arguments.of("/api/v1/guidelines/leaky-gut/recommendations", "/items/0/nutrient", "category", "FATTY_ACID", GuidelineRecommendations.class),
                Arguments.of("/api/v1/guidelines/leaky-gut", "/relatedGuidelines/0", "availability", "WITHDRAWN", Guideline.class));
    }

    @ParameterizedTest(name = "{2} ''{3}'' in {0}")
    @MethodSource("openEnums")
    void anUnknownValueOfAnOpenEnumIsReadAndKept(String path, String parent, String field, String newValue, Class<?> model) throws Exception {
        Http.Response answer = new Http(port).get(path);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode tree = STRICT.readTree(answer.text());
        JsonNode object = tree.at(parent);
        assertThat(object.path(field).isTextual()).as("%s of %s in %s", field, parent, answer.text()).isTrue();
        ((ObjectNode) object).put(field, newValue);

        Object read = STRICT.treeToValue(tree, model);

        assertThat(STRICT.valueToTree(read).at(parent).path(field).asText()).isEqualTo(newValue);
    }
}
