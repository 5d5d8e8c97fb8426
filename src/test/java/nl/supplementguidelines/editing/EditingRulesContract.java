package nl.supplementguidelines.editing;

import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.Tokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static nl.supplementguidelines.editing.TestDocuments.document;
import static nl.supplementguidelines.editing.TestDocuments.recommendationAt;
import static org.assertj.core.api.Assertions.assertThat;

/** The rules of an edit over real HTTP: preconditions, conflicts, four eyes, withdrawal, validation, new nutrients. */
abstract class EditingRulesContract extends EditingApiContractBase {

    @Test
    void aChangeWithoutIfMatchIs428AndWithAStaleOneIs412() {
        Response created = as(Tokens.editor(), "POST", GUIDELINES, document("rules-preconditions", "Preconditions"));
        String etag = created.header("ETag");
        String path = draftOf("rules-preconditions");
        ObjectNode changed = document("rules-preconditions", "Preconditions, changed");

        assertProblem(as(Tokens.editor(), "PUT", path, changed), 428, "/problems/precondition-required");
        assertProblem(as(Tokens.editor(), "PUT", path, changed, "If-Match", "*"), 428, "/problems/precondition-required");
        assertProblem(as(Tokens.editor(), "DELETE", path, null), 428, "/problems/precondition-required");
        assertProblem(as(Tokens.publisher(), "POST", path + "/publish", "{\"changeNote\":\"x\"}"), 428, "/problems/precondition-required");
        assertThat(as(Tokens.editor(), "PUT", path, changed, "If-Match", etag).status()).isEqualTo(200);

        assertProblem(as(Tokens.editor(), "PUT", path, changed, "If-Match", etag), 412, "/problems/precondition-failed");
        assertProblem(as(Tokens.editor(), "DELETE", path, null, "If-Match", etag), 412, "/problems/precondition-failed");
        assertProblem(as(Tokens.secondPublisher(), "POST", path + "/publish", "{\"changeNote\":\"x\"}", "If-Match", etag), 412, "/problems/precondition-failed");
        assertThat(as(Tokens.editor(), "GET", path, null).json().get("document").get("title").asString()).isEqualTo("Preconditions, changed");

        String current = as(Tokens.editor(), "GET", path, null).header("ETag");
        assertThat(as(Tokens.editor(), "DELETE", path, null, "If-Match", current).status()).isEqualTo(204);
        assertThat(as(Tokens.editor(), "GET", path, null).status()).isEqualTo(404);
    }

    @Test
    void aSlugThatIsPublishedOrDraftedCannotBeCreatedAgain() {
        assertProblem(as(Tokens.editor(), "POST", GUIDELINES, document("leaky-gut", "Leaky gut")), 409, "/problems/conflict");
        assertThat(as(Tokens.editor(), "POST", GUIDELINES, document("rules-twice", "Twice")).status()).isEqualTo(201);
        assertProblem(as(Tokens.editor(), "POST", GUIDELINES, document("rules-twice", "Twice")), 409, "/problems/conflict");
        assertProblem(as(Tokens.editor(), "POST", draftOf("rules-twice"), null), 404, "/problems/not-found");
        assertProblem(as(Tokens.editor(), "PUT", draftOf("rules-twice"), document("other-slug", "Twice"),
                "If-Match", as(Tokens.editor(), "GET", draftOf("rules-twice"), null).header("ETag")), 422, "/problems/unprocessable-content");
    }

    @Test
    void theEditorWhoLastChangedADraftMayNotPublishIt() {
        Response created = as(Tokens.publisher(), "POST", GUIDELINES, document("rules-four-eyes", "Four eyes"));
        String publish = draftOf("rules-four-eyes") + "/publish";

        assertProblem(as(Tokens.publisher(), "POST", publish, "{\"changeNote\":\"x\"}", "If-Match", created.header("ETag")), 403, "/problems/four-eyes");
        assertThat(as(Tokens.secondPublisher(), "POST", publish, "{\"changeNote\":\"x\"}", "If-Match", created.header("ETag")).status()).isEqualTo(201);
    }

    @Test
    void aDraftStartedFromAVersionThatIsNoLongerTheLatestIsAConflict() {
        publishNew(document("rules-base", "Base"));
        Response draft = as(Tokens.editor(), "POST", draftOf("rules-base"), null);
        // As if a version had been published since the draft was started: its base is no longer the latest.
        jdbc.sql("update guideline_draft set base_version = null where slug = 'rules-base'").update();

        assertProblem(as(Tokens.publisher(), "POST", draftOf("rules-base") + "/publish", "{\"changeNote\":\"x\"}", "If-Match", draft.header("ETag")),
                409, "/problems/conflict");
    }

    @Test
    void aWithdrawalNeedsTheETagOfTheGuidelineAsReadAndHappensOnce() {
        publishNew(document("rules-withdraw", "Withdraw"));
        String path = GUIDELINES + "/rules-withdraw/withdraw";
        String etag = http.get(GUIDELINES + "/rules-withdraw").header("ETag");

        assertProblem(as(Tokens.publisher(), "POST", path, "{\"reason\":\"Test\"}"), 428, "/problems/precondition-required");
        assertProblem(as(Tokens.publisher(), "POST", path, "{\"reason\":\"Test\"}", "If-Match", "\"stale\""), 412, "/problems/precondition-failed");
        Response withdrawn = as(Tokens.publisher(), "POST", path, "{\"reason\":\"Test\"}", "If-Match", etag);
        assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(200);
        assertThat(withdrawn.json().get("lastVersion").asString()).isEqualTo("/api/v1/guidelines/rules-withdraw/versions/1");

        assertThat(jdbc.sql("select status from guideline where slug = 'rules-withdraw'").query(String.class).single()).isEqualTo("WITHDRAWN");
        Response gone = http.get(GUIDELINES + "/rules-withdraw");
        assertProblem(gone, 410, "/problems/guideline-withdrawn");
        assertThat(gone.json().get("reason").asString()).isEqualTo("Test");
        assertThat(gone.json().get("lastVersion").asString()).isEqualTo("/api/v1/guidelines/rules-withdraw/versions/1");
        assertProblem(as(Tokens.publisher(), "POST", path, "{\"reason\":\"Test\"}", "If-Match", etag), 409, "/problems/conflict");
    }

    @Test
    void everyProblemOfADocumentComesInOne422AndAnUnknownMemberIsRefused() {
        ObjectNode bad = document("rules-invalid", "Invalid");
        recommendationAt(bad, 0).put("nutrient", "unobtainium");
        recommendationAt(bad, 1).putObject("dose").put("wording", "zes gram");
        recommendationAt(bad, 2).put("evidence", 9);
        Response invalid = as(Tokens.editor(), "POST", GUIDELINES, bad);
        assertProblem(invalid, 422, "/problems/unprocessable-content");
        assertThat(invalid.json().get("errors").valueStream().map(e -> e.get("name").asString()))
                .containsExactly("recommendations[0].nutrient", "recommendations[1].dose.wording", "recommendations[2].evidence");

        ObjectNode unknown = document("rules-unknown", "Unknown");
        recommendationAt(unknown, 0).put("evidnce", 2);
        Response refused = as(Tokens.editor(), "POST", GUIDELINES, unknown);
        assertProblem(refused, 400, "/problems/malformed-request-body");
        assertThat(refused.json().get("errors").get(0).get("name").asString()).isEqualTo("recommendations[0].evidnce");
        assertThat(as(Tokens.editor(), "GET", draftOf("rules-unknown"), null).status()).isEqualTo(404);
    }

    @Test
    void aNutrientIsAddedOnceAndAnIuFactorOnlyWithItsCitation() {
        Response added = as(Tokens.editor(), "POST", "/api/v1/nutrients",
                "{\"slug\":\"rules-nutrient\",\"name\":\"Regelnutriënt\",\"category\":\"VITAMIN\",\"nameEn\":\"Rules nutrient\","
                        + "\"iuPerMicrogram\":40,\"iuFactorCitation\":\"Test fixture\"}");
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        assertThat(added.header("Location")).endsWith("/api/v1/nutrients/rules-nutrient");
        assertThat(http.get("/api/v1/nutrients/rules-nutrient").status()).isEqualTo(200);

        assertProblem(as(Tokens.editor(), "POST", "/api/v1/nutrients", "{\"slug\":\"rules-nutrient\",\"name\":\"X\",\"category\":\"VITAMIN\"}"),
                409, "/problems/conflict");
        Response uncited = as(Tokens.editor(), "POST", "/api/v1/nutrients", "{\"slug\":\"rules-uncited\",\"name\":\"X\",\"category\":\"VITAMIN\",\"iuPerMicrogram\":40}");
        assertProblem(uncited, 422, "/problems/unprocessable-content");
        assertThat(uncited.json().get("errors").get(0).get("name").asString()).isEqualTo("iuPerMicrogram");
    }

    static void assertProblem(Response response, int status, String type) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("type").asString()).isEqualTo(type);
    }
}
