package nl.supplementguidelines.editing;

import nl.supplementguidelines.guideline.GuidelineDocument;
import nl.supplementguidelines.support.ApiTest;
import nl.supplementguidelines.web.problem.InvalidItem;
import nl.supplementguidelines.web.problem.InvalidRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.function.Consumer;

import static nl.supplementguidelines.editing.TestDocuments.document;
import static nl.supplementguidelines.editing.TestDocuments.recommendation;
import static nl.supplementguidelines.editing.TestDocuments.recommendationAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Each rule a guideline document must keep can fail, and names its field. Reads the seeded catalogue; changes nothing. */
@ApiTest
class DocumentValidatorTest {

    @Autowired
    DocumentValidator validator;

    @Autowired
    ObjectMapper json;

    @Test
    void aDocumentOfTheSeedsShapesIsValid() {
        assertThatCode(() -> validator.validate(read(document("valid", "Valid")))).doesNotThrowAnyException();
    }

    @Test
    void aListTooLongIsTheOnlyErrorReported() {
        List<InvalidItem> errors = errorsOf(d -> {
            ArrayNode causes = d.putArray("causes");
            for (int i = 0; i <= GuidelineDocument.MAX_CAUSES; i++) {
                causes.add("");
            }
            d.put("title", "");
        });
        assertThat(errors).extracting(InvalidItem::name).containsExactly("causes");
    }

    @Test
    void columnSizesRequiredMembersAndTheSlugPatternAreChecked() {
        assertThat(names(d -> d.put("title", "x".repeat(201)))).containsExactly("title");
        assertThat(names(d -> d.putNull("description"))).containsExactly("description");
        assertThat(names(d -> d.put("slug", "Not_A_Slug"))).containsExactly("slug");
        assertThat(names(d -> d.putArray("causes").add(" "))).containsExactly("causes[0]");
        assertThat(names(d -> recommendationAt(d, 2).putArray("effects").add("x".repeat(1001)))).containsExactly("recommendations[2].effects[0]");
    }

    @Test
    void nutrientsMustExistAndBeRecommendedOnce() {
        assertThat(names(d -> recommendationAt(d, 0).put("nutrient", "unobtainium"))).containsExactly("recommendations[0].nutrient");
        assertThat(names(d -> ((ArrayNode) d.get("recommendations")).add(recommendation("zink", "5 mg", 1)))).containsExactly("recommendations[3].nutrient");
        assertThat(names(d -> ((ObjectNode) d.get("attentionPoints").get(0)).put("nutrient", "unobtainium"))).containsExactly("attentionPoints[0].nutrient");
    }

    @Test
    void doseWordingMustReadAndAStructuredDoseMustAgreeWithIt() {
        assertThat(names(d -> recommendationAt(d, 1).putObject("dose").put("wording", "zes gram"))).containsExactly("recommendations[1].dose.wording");
        assertThat(names(d -> recommendationAt(d, 1).putObject("dose").put("minimum", 15))).containsExactly("recommendations[1].dose.unit");
        assertThat(names(d -> recommendationAt(d, 1).putObject("dose").put("unit", "mg"))).containsExactly("recommendations[1].dose.minimum");
        assertThat(names(d -> recommendationAt(d, 1).putObject("dose").put("minimum", 30).put("maximum", 20).put("unit", "mg")))
                .containsExactly("recommendations[1].dose.maximum");
        assertThat(names(d -> recommendationAt(d, 1).putObject("dose").put("minimum", 15).put("maximum", 20).put("unit", "mg").put("wording", "15-25 mg")))
                .containsExactly("recommendations[1].dose.wording");
        assertThat(names(d -> recommendationAt(d, 1).putObject("dose").put("minimum", 15).put("unit", "mg").put("period", "wk")))
                .containsExactly("recommendations[1].dose.period");
        assertThat(names(d -> recommendationAt(d, 1).putObject("dose").put("minimum", new java.math.BigDecimal("1E+40")).put("unit", "mg")))
                .containsExactly("recommendations[1].dose.minimum");
        assertThat(names(d -> recommendationAt(d, 1).putObject("dose").put("maximum", new java.math.BigDecimal("0.0000001")).put("unit", "mg")))
                .containsExactly("recommendations[1].dose.maximum");
        assertThat(names(d -> recommendationAt(d, 1).putObject("dose").put("wording", "9999999999999999999999 mg")))
                .containsExactly("recommendations[1].dose.wording");
    }

    @Test
    void theUnitMustFitTheNutrientAsDoseChecksDecideIt() {
        assertThat(messages(d -> recommendationAt(d, 1).putObject("dose").put("wording", "600 IE"))).singleElement().asString().contains("IU factor");
        assertThat(names(d -> recommendationAt(d, 1).putObject("dose").put("wording", "1x10^9 cfu"))).containsExactly("recommendations[1].dose.unit");
        assertThat(names(d -> recommendationAt(d, 0).putObject("dose").put("wording", "500 mg"))).containsExactly("recommendations[0].dose.unit");
        assertThatCode(() -> validator.validate(read(mutate(d -> ((ArrayNode) d.get("recommendations"))
                .add(recommendation("vitamine-d", "1000 IE", 2)))))).doesNotThrowAnyException();
    }

    @Test
    void evidenceLevelsAndFootnoteMarkersMustExist() {
        assertThat(names(d -> recommendationAt(d, 1).put("evidence", 5))).containsExactly("recommendations[1].evidence");
        assertThat(names(d -> recommendationAt(d, 1).put("doseFootnote", "†"))).containsExactly("recommendations[1].doseFootnote");
        assertThat(names(d -> ((ArrayNode) d.get("footnotes")).addObject().put("marker", "*").put("text", "again"))).containsExactly("footnotes[1].marker");
    }

    @Test
    void aGuidelineIsNotRelatedToItselfAndAllProblemsComeTogetherInReadingOrder() {
        assertThat(names(d -> ((ObjectNode) d.get("relatedGuidelines").get(0)).put("slug", "valid"))).containsExactly("relatedGuidelines[0].slug");
        assertThat(names(d -> {
            d.put("title", "");
            for (int i = 0; i < 3; i++) {
                recommendationAt(d, i).put("evidence", 7);
            }
        })).containsExactly("recommendations[0].evidence", "recommendations[1].evidence", "recommendations[2].evidence", "title");
    }

    private List<String> names(Consumer<ObjectNode> change) {
        return errorsOf(change).stream().map(InvalidItem::name).toList();
    }

    private List<String> messages(Consumer<ObjectNode> change) {
        return errorsOf(change).stream().map(InvalidItem::message).toList();
    }

    private List<InvalidItem> errorsOf(Consumer<ObjectNode> change) {
        InvalidRequest invalid = catchThrowableOfType(InvalidRequest.class, () -> validator.validate(read(mutate(change))));
        assertThat(invalid).as("the document is refused").isNotNull();
        return invalid.errors();
    }

    private static ObjectNode mutate(Consumer<ObjectNode> change) {
        ObjectNode document = document("valid", "Valid");
        change.accept(document);
        return document;
    }

    private GuidelineDocument read(ObjectNode document) {
        return json.readValue(document.toString(), GuidelineDocument.class);
    }
}
