package nl.supplementguidelines.editing;

import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.Tokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;

import static nl.supplementguidelines.editing.EditingRulesContract.assertProblem;
import static nl.supplementguidelines.editing.TestDocuments.document;
import static nl.supplementguidelines.editing.TestDocuments.recommendationAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Input an editor can send that the database or the arithmetic would choke on: each is refused as a problem naming the
 * field, before any SQL or any work out of proportion to the request. Over real HTTP, on each database.
 */
abstract class EditingInputContract extends EditingApiContractBase {

    private static final String HUGE = "777777777";

    private Response postRaw(String token, String path, String body) {
        return as(token, "POST", path, body);
    }

    private static String names(Response response) {
        return response.json().get("errors").valueStream().map(e -> e.get("name").asString()).toList().toString();
    }

    @Test
    void aDoseBoundWithAnExponentOfMillionsIsRefusedAtOnce() {
        ObjectNode doc = document("input-exponent", "Exponent");
        ((ObjectNode) recommendationAt(doc, 2).get("dose")).put("maximum", Integer.parseInt(HUGE));
        String body = doc.toString().replace(HUGE, "1e30000000");

        Response refused = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> postRaw(Tokens.editor(), GUIDELINES, body),
                "the bound is refused before any arithmetic on it");
        assertProblem(refused, 422, "/problems/unprocessable-content");
        assertThat(names(refused)).isEqualTo("[recommendations[2].dose.maximum]");

        Response tiny = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> postRaw(Tokens.editor(), GUIDELINES,
                doc.toString().replace(HUGE, "1e-30000000")));
        assertProblem(tiny, 422, "/problems/unprocessable-content");
        assertThat(names(tiny)).isEqualTo("[recommendations[2].dose.maximum]");
    }

    @Test
    void anEvidenceLevelWithAFractionIsRefusedNotTruncated() {
        ObjectNode doc = document("input-fraction", "Fraction");
        recommendationAt(doc, 0).put("evidence", 2.7);
        Response refused = as(Tokens.editor(), "POST", GUIDELINES, doc);
        assertProblem(refused, 400, "/problems/malformed-request-body");
        assertThat(refused.json().get("errors").get(0).get("name").asString()).isEqualTo("recommendations[0].evidence");
        assertThat(refused.json().get("errors").get(0).get("message").asString()).isEqualTo("must be a whole number");
        assertThat(as(Tokens.editor(), "GET", draftOf("input-fraction"), null).status()).isEqualTo(404);
    }

    @Test
    void aTokenWhoseSubjectOrClientIsLongerThanTheColumnsMayNotWrite() {
        Response longSubject = as(Tokens.withScopes("s".repeat(201), "guidelines:edit"), "POST", GUIDELINES, document("input-subject", "Subject"));
        assertProblem(longSubject, 401, "/problems/unauthenticated");
        assertThat(longSubject.json().get("detail").asString()).contains("200");
        String longClient = Tokens.sign(Tokens.claims("editor", "guidelines:edit").claim("client_id", "c".repeat(201)).build());
        assertProblem(as(longClient, "POST", GUIDELINES, document("input-subject", "Subject")), 401, "/problems/unauthenticated");
        assertThat(as(Tokens.editor(), "GET", draftOf("input-subject"), null).status()).isEqualTo(404);
    }

    @Test
    void aControlCharacterInAnyTextOfADocumentIsA422NamingTheField() {
        ObjectNode doc = document("input-control", "Control\u0000character");
        ((ArrayNode) recommendationAt(doc, 1).get("effects")).set(0, "Effect\u0007");
        doc.put("description", "Regel een\nregel twee\tmet tab\r\n.");
        Response refused = as(Tokens.editor(), "POST", GUIDELINES, doc);
        assertProblem(refused, 422, "/problems/unprocessable-content");
        assertThat(names(refused)).isEqualTo("[recommendations[1].effects[0], title]");

        doc.put("title", "Control character");
        ((ArrayNode) recommendationAt(doc, 1).get("effects")).set(0, "Effect");
        Response created = as(Tokens.editor(), "POST", GUIDELINES, doc);
        assertThat(created.status()).as("tabs and line breaks are text: " + created.text()).isEqualTo(201);
        Response nul = as(Tokens.publisher(), "POST", draftOf("input-control") + "/publish", "{\"changeNote\":\"nul\\u0000\"}",
                "If-Match", created.header("ETag"));
        assertProblem(nul, 422, "/problems/unprocessable-content");
        assertThat(nul.json().get("errors").get(0).get("name").asString()).isEqualTo("changeNote");
        Response published = as(Tokens.publisher(), "POST", draftOf("input-control") + "/publish", "{\"changeNote\":\"Versie 1\"}",
                "If-Match", created.header("ETag"));
        assertThat(published.status()).as(published.text()).isEqualTo(201);
        assertThat(http.get(GUIDELINES + "/input-control").json().get("description").asString()).isEqualTo("Regel een\nregel twee\tmet tab\r\n.");
    }

    @Test
    void aDocumentLargerThanADraftHoldsIsRefusedAsTooLarge() {
        ObjectNode doc = document("input-large", "Large");
        ArrayNode conditions = doc.putArray("relatedConditions");
        for (int i = 0; i < 50; i++) {
            ObjectNode condition = conditions.addObject().put("name", ("aandoening " + i + " ").repeat(20).substring(0, 200));
            ArrayNode examples = condition.putArray("examples");
            for (int j = 0; j < 20; j++) {
                examples.add(("voorbeeld " + i + "." + j + " ").repeat(20).substring(0, 200));
            }
        }
        Response refused = as(Tokens.editor(), "POST", GUIDELINES, doc);
        assertProblem(refused, 413, "/problems/content-too-large");
        assertThat(refused.json().get("detail").asString()).contains("200000");
        assertThat(as(Tokens.editor(), "GET", draftOf("input-large"), null).status()).isEqualTo(404);
    }

    @Test
    void aStructuredDoseWithWordingTheParserCannotReadIsRefused() {
        ObjectNode doc = document("input-wording", "Wording");
        ((ObjectNode) recommendationAt(doc, 2).get("dose")).put("wording", "een flinke schep");
        Response refused = as(Tokens.editor(), "POST", GUIDELINES, doc);
        assertProblem(refused, 422, "/problems/unprocessable-content");
        assertThat(names(refused)).isEqualTo("[recommendations[2].dose.wording]");

        ((ObjectNode) recommendationAt(doc, 2).get("dose")).put("wording", "5-10 g");
        assertThat(as(Tokens.editor(), "POST", GUIDELINES, doc).status()).isEqualTo(201);
    }

    @Test
    void aNewNutrientWhoseSlugOrNameIsAnExistingNutrientsIsAConflictNamingIt() {
        Response byName = as(Tokens.editor(), "POST", "/api/v1/nutrients", "{\"slug\":\"zink-nieuw\",\"name\":\"ZINK\",\"category\":\"MINERAL\"}");
        assertProblem(byName, 409, "/problems/conflict");
        assertThat(byName.json().get("conflictsWith").asString()).isEqualTo("/api/v1/nutrients/zink");
        Response byEnglish = as(Tokens.editor(), "POST", "/api/v1/nutrients",
                "{\"slug\":\"vitamine-d-bis\",\"name\":\"Vitamine D bis\",\"category\":\"VITAMIN\",\"nameEn\":\"Vitamine-D\"}");
        assertProblem(byEnglish, 409, "/problems/conflict");
        assertThat(byEnglish.json().get("conflictsWith").asString()).isEqualTo("/api/v1/nutrients/vitamine-d");
        assertThat(http.get("/api/v1/nutrients/zink-nieuw").status()).isEqualTo(404);
    }

    @Test
    void aDraftStartedAgainInTheSameMillisecondDoesNotTakeTheOldETag() {
        as(Tokens.editor(), "POST", GUIDELINES, document("input-etag", "ETag"));
        jdbc.sql("update guideline_draft set created_at = timestamp with time zone '2026-01-01 00:00:00.000100+00:00' where slug = 'input-etag'").update();
        String old = as(Tokens.editor(), "GET", draftOf("input-etag"), null).header("ETag");
        // As if the draft had been discarded and started again 100 microseconds later, in the same millisecond.
        jdbc.sql("update guideline_draft set created_at = timestamp with time zone '2026-01-01 00:00:00.000200+00:00' where slug = 'input-etag'").update();

        assertProblem(as(Tokens.editor(), "PUT", draftOf("input-etag"), document("input-etag", "ETag, changed"), "If-Match", old),
                412, "/problems/precondition-failed");
        String current = as(Tokens.editor(), "GET", draftOf("input-etag"), null).header("ETag");
        assertThat(as(Tokens.editor(), "PUT", draftOf("input-etag"), document("input-etag", "ETag, changed"), "If-Match", current).status()).isEqualTo(200);
    }

    @Test
    void theDiffReportsChangedAttentionPointsAndRelatedGuidelineTitles() {
        publishNew(document("input-diff", "Diff"));
        Response draft = as(Tokens.editor(), "POST", draftOf("input-diff"), null);
        ObjectNode next = (ObjectNode) draft.json().get("document");
        ObjectNode point = (ObjectNode) next.get("attentionPoints").get(0);
        point.put("nutrient", "zink");
        point.put("editorialNote", "Nieuwe redactionele noot");
        ((ObjectNode) next.get("relatedGuidelines").get(0)).put("title", "Lekkende darm");
        Response changed = as(Tokens.editor(), "PUT", draftOf("input-diff"), next, "If-Match", draft.header("ETag"));
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(as(Tokens.publisher(), "POST", draftOf("input-diff") + "/publish", "{\"changeNote\":\"Versie 2\"}",
                "If-Match", changed.header("ETag")).status()).isEqualTo(201);

        JsonNode fields = http.get(GUIDELINES + "/input-diff/versions/1/changes/2").json().get("fieldsChanged");
        assertThat(fields.valueStream().map(f -> f.get("field").asString())).containsExactly("attentionPoints", "relatedGuidelines");
        assertThat(fields.get(0).get("added").get(0).asString()).contains("zink").contains("Nieuwe redactionele noot");
        assertThat(fields.get(0).get("removed").get(0).asString()).contains("probiotica");
        assertThat(fields.get(1).get("added").get(0).asString()).contains("leaky-gut").contains("Lekkende darm");
        assertThat(fields.get(1).get("removed").get(0).asString()).contains("Leaky gut");
    }
}
