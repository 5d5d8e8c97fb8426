package nl.supplementguidelines.editing;

import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.Tokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static nl.supplementguidelines.editing.TestDocuments.document;
import static nl.supplementguidelines.editing.TestDocuments.recommendation;
import static nl.supplementguidelines.editing.TestDocuments.recommendationAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drafts, publication and versions over real HTTP with real tokens, on each database (subclasses choose it). Each test
 * works on guidelines of its own slug, so the tests of a class can share their context in any order.
 */
abstract class EditingApiContract extends EditingApiContractBase {

    @Test
    void aNewGuidelineIsDraftedChangedPublishedAndItsSecondVersionDiffed() {
        ObjectNode document = document("dysbiose", "Dysbiose");
        Response created = as(Tokens.editor(), "POST", GUIDELINES, document);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/guidelines/dysbiose/draft");
        assertThat(created.json().get("revision").asInt()).isEqualTo(1);
        assertThat(created.json().get("createdBy").asString()).isEqualTo("editor");
        assertThat(created.json().get("baseVersion").isNull()).isTrue();
        assertThat(http.get(GUIDELINES + "/dysbiose").status()).as("a draft is not public").isEqualTo(404);

        Response read = as(Tokens.secondEditor(), "GET", draftOf("dysbiose"), null);
        assertThat(read.header("ETag")).isEqualTo(created.header("ETag"));
        assertThat(read.header("Cache-Control")).isEqualTo("no-store");
        assertThat(read.json().get("document")).isEqualTo(TestDocuments.JSON.readTree(document.toString()));

        recommendationAt(document, 1).putObject("dose").put("wording", "20-25 mg");
        Response replaced = as(Tokens.secondEditor(), "PUT", draftOf("dysbiose"), document, "If-Match", read.header("ETag"));
        assertThat(replaced.status()).as(replaced.text()).isEqualTo(200);
        assertThat(replaced.header("ETag")).isNotEqualTo(read.header("ETag"));
        assertThat(replaced.json().get("updatedBy").asString()).isEqualTo("second-editor");

        Response published = as(Tokens.publisher(), "POST", draftOf("dysbiose") + "/publish", "{\"changeNote\":\"Eerste versie\"}",
                "If-Match", replaced.header("ETag"));
        assertThat(published.status()).as(published.text()).isEqualTo(201);
        assertThat(published.header("Location")).endsWith("/api/v1/guidelines/dysbiose/versions/1");
        assertThat(published.json().get("version").asInt()).isEqualTo(1);
        assertThat(published.json().get("publishedBy").asString()).isEqualTo("publisher");
        assertThat(as(Tokens.editor(), "GET", draftOf("dysbiose"), null).status()).as("the draft is gone").isEqualTo(404);

        Response v1 = http.get(GUIDELINES + "/dysbiose");
        assertThat(v1.status()).isEqualTo(200);
        assertThat(v1.json().get("recommendations").get(1).get("dailyDose").get("sourceText").asString()).isEqualTo("20-25 mg");
        assertThat(v1.json().get("recommendations").get(2).get("dailyDose").get("sourceText").asString()).isEqualTo("5-10 g");

        Response second = as(Tokens.editor(), "POST", draftOf("dysbiose"), null);
        assertThat(second.status()).as(second.text()).isEqualTo(201);
        assertThat(second.json().get("baseVersion").asInt()).isEqualTo(1);
        ObjectNode next = (ObjectNode) second.json().get("document");
        next.put("title", "Dysbiose (herzien)");
        recommendationAt(next, 1).putObject("dose").put("minimum", 25).put("maximum", 25).put("unit", "mg").put("wording", "25 mg");
        recommendationAt(next, 1).put("evidence", 1);
        ((tools.jackson.databind.node.ArrayNode) next.get("recommendations")).remove(0);
        ((tools.jackson.databind.node.ArrayNode) next.get("recommendations")).add(recommendation("vitamine-d", "Minimaal 25 mcg", 2));
        Response changed = as(Tokens.editor(), "PUT", draftOf("dysbiose"), next, "If-Match", second.header("ETag"));
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        Response v2 = as(Tokens.publisher(), "POST", draftOf("dysbiose") + "/publish", "{\"changeNote\":\"Zink 25 mg\"}", "If-Match", changed.header("ETag"));
        assertThat(v2.status()).as(v2.text()).isEqualTo(201);
        assertThat(v2.json().get("version").asInt()).isEqualTo(2);

        Response latest = http.get(GUIDELINES + "/dysbiose");
        assertThat(latest.json().get("title").asString()).isEqualTo("Dysbiose (herzien)");
        assertThat(latest.json().get("recommendations").get(0).get("dailyDose").get("sourceText").asString()).isEqualTo("25 mg");

        Response diff = http.get(GUIDELINES + "/dysbiose/versions/1/changes/2");
        assertThat(diff.status()).as(diff.text()).isEqualTo(200);
        JsonNode changes = diff.json();
        assertThat(changes.get("recommendationsAdded").get(0).get("nutrient").asString()).isEqualTo("vitamine-d");
        assertThat(changes.get("recommendationsRemoved").get(0).get("nutrient").asString()).isEqualTo("probiotica");
        JsonNode zinc = changes.get("recommendationsChanged").get(0);
        assertThat(zinc.get("nutrient").asString()).isEqualTo("zink");
        assertThat(zinc.get("dose").get("minimum").get("from").decimalValue()).isEqualByComparingTo("20");
        assertThat(zinc.get("dose").get("minimum").get("to").decimalValue()).isEqualByComparingTo("25");
        assertThat(zinc.get("dose").get("wording").get("to").asString()).isEqualTo("25 mg");
        assertThat(zinc.get("dose").get("unit").isNull()).as("the unit did not change").isTrue();
        assertThat(zinc.get("evidence").get("from").asInt()).isEqualTo(2);
        assertThat(zinc.get("evidence").get("to").asInt()).isEqualTo(1);
        assertThat(changes.get("fieldsChanged").get(0).get("field").asString()).isEqualTo("title");
        assertThat(changes.get("fieldsChanged").get(0).get("to").asString()).isEqualTo("Dysbiose (herzien)");
        assertThat(http.get(GUIDELINES + "/dysbiose/versions/1/changes/3").status()).isEqualTo(404);
    }

    @Test
    void publishingTheRelatedGuidelineMakesTheLeakyGutLinkResolve() {
        JsonNode before = http.get(GUIDELINES + "/leaky-gut").json().get("relatedGuidelines").get(1);
        assertThat(before.get("slug").asString()).isEqualTo("chronische-inflammatie");
        assertThat(before.get("availability").asString()).isEqualTo("NOT_YET_AVAILABLE");

        publishNew(document("chronische-inflammatie", "Chronische inflammatie"));

        JsonNode after = http.get(GUIDELINES + "/leaky-gut").json().get("relatedGuidelines").get(1);
        assertThat(after.get("availability").asString()).isEqualTo("AVAILABLE");
        assertThat(after.get("href").asString()).isEqualTo("/api/v1/guidelines/chronische-inflammatie");
    }

    @Test
    void anUnchangedCopyOfTheSeededGuidelinePublishesAsTheSameRepresentation() {
        JsonNode before = http.get(GUIDELINES + "/leaky-gut").json();
        Response copy = as(Tokens.editor(), "POST", draftOf("leaky-gut"), null);
        assertThat(copy.status()).as(copy.text()).isEqualTo(201);
        Response published = as(Tokens.publisher(), "POST", draftOf("leaky-gut") + "/publish", "{\"changeNote\":\"Ongewijzigd\"}",
                "If-Match", copy.header("ETag"));
        assertThat(published.status()).as(published.text()).isEqualTo(201);
        int version = published.json().get("version").asInt();
        assertThat(version).isGreaterThanOrEqualTo(2);

        JsonNode after = http.get(GUIDELINES + "/leaky-gut").json();
        assertThat(withoutVersionMetadata(after)).isEqualTo(withoutVersionMetadata(before));
        JsonNode diff = http.get(GUIDELINES + "/leaky-gut/versions/" + (version - 1) + "/changes/" + version).json();
        assertThat(diff.get("recommendationsAdded")).isEmpty();
        assertThat(diff.get("recommendationsRemoved")).isEmpty();
        assertThat(diff.get("recommendationsChanged")).isEmpty();
        assertThat(diff.get("fieldsChanged")).isEmpty();
    }

    private static JsonNode withoutVersionMetadata(JsonNode guideline) {
        ObjectNode copy = (ObjectNode) guideline.deepCopy();
        copy.remove(java.util.List.of("lastModified", "version", "publishedAt", "publishedBy", "changeNote"));
        return copy;
    }
}
