package nl.supplementguidelines.support;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract check fails on what breaks the document and lets through what the document allows. */
class OpenApiContractTest {

    private final OpenApiContract contract = OpenApiContract.get();

    private JsonNode schema(String name) {
        return contract.document().get("components").get("schemas").get(name);
    }

    private JsonNode json(String text) {
        return OpenApiContract.JSON.readTree(text);
    }

    @Test
    void aNullableObjectPropertyAcceptsNullAndTheObjectButNothingElse() {
        JsonNode footnote = schema("Recommendation").get("properties").get("doseFootnote");

        assertThat(contract.errors("footnote", footnote, json("null"))).isEmpty();
        assertThat(contract.errors("footnote", footnote, json("{\"marker\":\"*\",\"text\":\"cfu = colony forming units\"}"))).isEmpty();
        assertThat(contract.errors("footnote", footnote, json("\"*\""))).isNotEmpty();
    }

    @Test
    void aRequestWithARegimenIsValidUnderTheRequestSchema() {
        JsonNode request = json("{\"medicines\":[\"C03AA03\"],\"regimen\":{\"guidelines\":[\"leaky-gut\"]}}");

        assertThat(contract.errors("InteractionCheckRequest", schema("InteractionCheckRequest"), request)).isEmpty();
        assertThat(contract.errors("InteractionCheckRequest", schema("InteractionCheckRequest"), json("{\"medicines\":[\"\"]}"))).isNotEmpty();
        assertThat(contract.errors("InteractionCheckRequest", schema("InteractionCheckRequest"), json("{\"medicines\":[\"  \"]}"))).as("blank").isNotEmpty();
    }

    @Test
    void openEnumsAcceptNewValuesAndClosedOnesDoNot() {
        assertThat(contract.errors("Dose", schema("Dose"), json("{\"kind\":\"PER_KG\",\"unit\":\"mg\"}"))).isEmpty();
        assertThat(contract.errors("GuidelineCheck", schema("GuidelineCheck"), json("{\"verdict\":\"MAYBE\"}"))).isNotEmpty();
    }

    @Test
    void anAmountMustBeAboveZero() {
        assertThat(contract.errors("Intake", schema("Intake"), json("{\"nutrient\":\"zink\",\"amount\":0,\"unit\":\"mg\"}"))).isNotEmpty();
        assertThat(contract.errors("Intake", schema("Intake"), json("{\"nutrient\":\"zink\",\"amount\":0.5,\"unit\":\"mg\"}"))).isEmpty();
    }

    @Test
    void anUndocumentedStatusOrMediaTypeOfADocumentedOperationFails() {
        assertThatThrownBy(() -> contract.check("GET", "/api/v1/guidelines", 418, "application/json", "{}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("418").hasMessageContaining("/api/v1/guidelines");
        assertThatThrownBy(() -> contract.check("GET", "/api/v1/evidence-levels", 200, "text/html", "<html/>"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("text/html");
    }

    @Test
    void aBodyThatBreaksItsSchemaFailsWithThePathAndTheValidatorsMessage() {
        assertThatThrownBy(() -> contract.check("GET", "/api/v1/guidelines/leaky-gut", 404, "application/problem+json",
                "{\"type\":\"/problems/not-found\",\"status\":\"404\",\"instance\":\"not a uri reference \\\\\"}"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET /api/v1/guidelines/leaky-gut (GET /api/v1/guidelines/{slug}) answered 404")
                .hasMessageContaining("status");
    }

    @Test
    void pathsAndMethodsOutsideTheDocumentAreNotChecked() {
        assertThatCode(() -> contract.check("GET", "/actuator/health", 418, "text/plain", "x")).doesNotThrowAnyException();
        assertThatCode(() -> contract.check("DELETE", "/api/v1/guidelines/leaky-gut", 405, "application/problem+json", "{}")).doesNotThrowAnyException();
    }

    @Test
    void aPathFallsUnderTheTemplateWithTheMostLiteralSegments() {
        assertThat(contract.template("/api/v1/guidelines/leaky-gut/recommendations?page=1")).contains("/api/v1/guidelines/{slug}/recommendations");
        assertThat(contract.template("/problems")).contains("/problems");
        assertThat(contract.template("/problems/not-found")).contains("/problems/{kind}");
    }
}
