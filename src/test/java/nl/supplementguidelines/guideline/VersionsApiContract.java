package nl.supplementguidelines.guideline;

import nl.supplementguidelines.support.Eventually;
import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.ServedApi;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.jdbc.Sql;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Published versions over real HTTP, on each database: the public reads see only the CURRENT version of a guideline
 * (lists, search, nutrient pages, dose checks, regimens, interaction checks), a withdrawn guideline is a 410, every
 * version stays readable and immutable, and checks cite the version they used. The versions come from
 * {@code fixtures/versions.sql}: fixture-versioned (1 SUPERSEDED, 2 CURRENT) and fixture-withdrawn (1 WITHDRAWN).
 */
@Sql(scripts = {"/fixtures/versions-cleanup.sql", "/fixtures/versions.sql"})
@Sql(scripts = "/fixtures/versions-cleanup.sql", executionPhase = Sql.ExecutionPhase.AFTER_TEST_METHOD)
abstract class VersionsApiContract extends ServedApi {

    @Test
    void theGuidelineIsItsCurrentVersionWithWhoPublishedItWhen() {
        JsonNode guideline = http.get("/api/v1/guidelines/fixture-versioned").json();

        assertThat(guideline.get("title").asString()).isEqualTo("Fixture versies");
        assertThat(guideline.get("alternativeNames").toString()).doesNotContain("verouderde");
        assertThat(guideline.get("recommendations")).hasSize(1);
        assertThat(guideline.get("recommendations").get(0).get("dailyDose").get("sourceText").asString()).isEqualTo("20-25 mg");
        JsonNode version = guideline.get("version");
        assertThat(version.get("number").asInt()).isEqualTo(2);
        assertThat(version.get("publishedBy").asString()).isEqualTo("fixture editor");
        assertThat(version.get("publishedAt").asString()).isEqualTo("2026-04-01T00:00:00Z");
        assertThat(version.get("changeNote").asString()).isEqualTo("Test fixture: second version, zinc dose raised");
        assertThat(version.get("href").asString()).isEqualTo("/api/v1/guidelines/fixture-versioned/versions/2");
        assertThat(guideline.get("links").get("versions").asString()).isEqualTo("/api/v1/guidelines/fixture-versioned/versions");
        assertThat(http.get("/api/v1/guidelines/leaky-gut").json().get("version").get("publishedBy").asString()).isEqualTo("source document");
    }

    @Test
    void aWithdrawnGuidelineIsGoneWithItsReasonAndALinkToItsLastVersion() {
        for (String path : List.of("/api/v1/guidelines/fixture-withdrawn", "/api/v1/guidelines/fixture-withdrawn/recommendations")) {
            Response response = http.get(path);

            assertThat(response.status()).as(path).isEqualTo(410);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.header("Cache-Control")).isEqualTo("no-store");
            JsonNode problem = response.json();
            assertThat(problem.get("type").asString()).isEqualTo("/problems/guideline-withdrawn");
            assertThat(problem.get("reason").asString()).isEqualTo("Test fixture: the advice was retracted.");
            assertThat(problem.get("withdrawnAt").asString()).isEqualTo("2026-05-01T00:00:00Z");
            assertThat(problem.get("lastVersion").asString()).isEqualTo("/api/v1/guidelines/fixture-withdrawn/versions/1");
            assertThat(http.get(problem.get("lastVersion").asString()).status()).isEqualTo(200);
        }
        assertThat(http.get("/problems/guideline-withdrawn").status()).isEqualTo(200);
    }

    @Test
    void listsAndSearchesShowOnlyCurrentVersions() {
        List<String> all = slugs(http.get("/api/v1/guidelines?size=100").json());
        assertThat(all).containsOnlyOnce("fixture-versioned").doesNotContain("fixture-withdrawn");
        assertThat(slugs(http.get("/api/v1/guidelines?q=verouderd").json())).isEmpty();
        assertThat(slugs(http.get("/api/v1/guidelines?q=ingetrokken").json())).isEmpty();
        assertThat(slugs(http.get("/api/v1/guidelines?q=actuele").json())).containsExactly("fixture-versioned");
        // Only version 1 recommends lactoferrin; only the withdrawn guideline has zinc at evidence 2 besides leaky gut and version 2.
        assertThat(slugs(http.get("/api/v1/guidelines?nutrient=lactoferrine").json())).doesNotContain("fixture-versioned");
        JsonNode summary = http.get("/api/v1/guidelines?q=fixture").json().get("items").get(0);
        assertThat(summary.get("version").asInt()).isEqualTo(2);
        assertThat(summary.get("title").asString()).isEqualTo("Fixture versies");
    }

    @Test
    void nutrientPagesListOnlyTheCurrentVersionsThatRecommendThem() {
        List<String> zinc = guidelineSlugs(http.get("/api/v1/nutrients/zink").json().get("recommendedIn"));
        assertThat(zinc).containsOnlyOnce("fixture-versioned").doesNotContain("fixture-withdrawn");
        JsonNode fixture = find(http.get("/api/v1/nutrients/zink").json().get("recommendedIn"), "fixture-versioned");
        assertThat(fixture.get("dailyDose").get("sourceText").asString()).isEqualTo("20-25 mg");
        assertThat(fixture.get("guideline").get("version").asInt()).isEqualTo(2);
        assertThat(guidelineSlugs(http.get("/api/v1/nutrients/lactoferrine").json().get("recommendedIn"))).doesNotContain("fixture-versioned");
    }

    @Test
    void listsTheVersionsOldestFirstWithTheirStatus() {
        JsonNode versions = http.get("/api/v1/guidelines/fixture-versioned/versions").json();

        assertThat(versions.get("items")).hasSize(2);
        assertThat(versions.get("items").get(0).get("number").asInt()).isEqualTo(1);
        assertThat(versions.get("items").get(0).get("status").asString()).isEqualTo("SUPERSEDED");
        assertThat(versions.get("items").get(0).get("changeNote").asString()).isEqualTo("Test fixture: first version");
        assertThat(versions.get("items").get(1).get("status").asString()).isEqualTo("CURRENT");
        assertThat(versions.get("items").get(1).get("href").asString()).isEqualTo("/api/v1/guidelines/fixture-versioned/versions/2");
        assertThat(http.get("/api/v1/guidelines/fixture-withdrawn/versions").json().get("items").get(0).get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(http.get("/api/v1/guidelines/fixture-versioned/versions?size=1&page=1").json().get("items").get(0).get("number").asInt()).isEqualTo(2);
        Response unknown = http.get("/api/v1/guidelines/unknown/versions");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("type").asString()).isEqualTo("/problems/not-found");
        assertThat(http.get("/api/v1/guidelines/fixture-versioned/versions?size=101").status()).isEqualTo(400);
    }

    @Test
    void servesEveryVersionForeverInTheSameShape() {
        Response old = http.get("/api/v1/guidelines/fixture-versioned/versions/1");

        assertThat(old.status()).isEqualTo(200);
        assertThat(old.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        JsonNode v1 = old.json();
        assertThat(v1.get("title").asString()).isEqualTo("Fixture versies (verouderd)");
        assertThat(v1.get("version").get("number").asInt()).isEqualTo(1);
        assertThat(v1.get("recommendations")).hasSize(2);
        assertThat(v1.get("recommendations").get(0).get("dailyDose").get("sourceText").asString()).isEqualTo("10-12 mg");
        // The same mapping as the latest: the current version by number is the latest but for what the latest computes.
        JsonNode current = http.get("/api/v1/guidelines/fixture-versioned").json();
        assertThat(http.get("/api/v1/guidelines/fixture-versioned/versions/2").json()).isEqualTo(withoutComputedMembers(current));
        assertThat(http.get("/api/v1/guidelines/fixture-withdrawn/versions/1").json().get("title").asString()).isEqualTo("Fixture ingetrokken");

        Response again = http.get("/api/v1/guidelines/fixture-versioned/versions/1", "If-None-Match", old.header("ETag"));
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(http.get("/api/v1/guidelines/fixture-versioned").header("Cache-Control")).doesNotContain("immutable");
    }

    @Test
    void aVersionHoldsNothingComputedSoItsBytesCanNeverChange() {
        Response version = http.get("/api/v1/guidelines/leaky-gut/versions/1");

        assertThat(version.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        JsonNode body = version.json();
        // Whether Dysbiose is published is the latest representation's to say; a version only links.
        assertThat(body.get("relatedGuidelines")).isNotEmpty().allSatisfy(related -> {
            assertThat(related.get("availability").isNull()).isTrue();
            assertThat(related.get("href").asString()).isEqualTo("/api/v1/guidelines/" + related.get("slug").asString());
        });
        // Reference levels are reference data that may change: checked by the latest GET and dose checks, not here.
        assertThat(body.get("recommendations")).isNotEmpty().allSatisfy(row -> assertThat(row.get("referenceLevels").isNull()).isTrue());
        JsonNode latest = http.get("/api/v1/guidelines/leaky-gut").json();
        assertThat(latest.get("relatedGuidelines").get(0).get("availability").asString()).isNotEmpty();
        assertThat(latest.get("recommendations").get(0).get("referenceLevels").isNull()).isFalse();
    }

    @Test
    void aVersionIsLastModifiedWhenItWasPublishedNotWhenTheContentLastChanged() {
        insertFresh(1, "CURRENT", "Fixture vers");
        Response version = http.get("/api/v1/guidelines/fixture-versioned/versions/2");
        Response diff = http.get("/api/v1/guidelines/fixture-versioned/versions/1/changes/2");
        Response latest = http.get("/api/v1/guidelines/fixture-versioned");

        // Version 2 was published on 2026-04-01 (fixtures/versions.sql), version 1 before it; the content changed just now.
        assertThat(version.header("Last-Modified")).isEqualTo("Wed, 01 Apr 2026 00:00:00 GMT");
        assertThat(diff.header("Last-Modified")).isEqualTo("Wed, 01 Apr 2026 00:00:00 GMT");
        assertThat(diff.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(latest.header("Last-Modified")).isNotEqualTo(version.header("Last-Modified"));
        assertThat(http.get("/api/v1/guidelines/fixture-versioned/versions/2", "If-Modified-Since", "Wed, 01 Apr 2026 00:00:00 GMT").status())
                .isEqualTo(304);
    }

    /** The latest representation as its version by number shows it: no availability, no reference-level checks. */
    static JsonNode withoutComputedMembers(JsonNode latest) {
        ObjectNode copy = (ObjectNode) latest.deepCopy();
        copy.get("recommendations").forEach(row -> ((ObjectNode) row).putNull("referenceLevels"));
        copy.get("relatedGuidelines").forEach(related -> ((ObjectNode) related).putNull("availability")
                .put("href", "/api/v1/guidelines/" + related.get("slug").asString()));
        return copy;
    }

    @Test
    void anUnknownVersionIsANotFoundProblemAndAMalformedOneABadRequest() {
        Response missing = http.get("/api/v1/guidelines/fixture-versioned/versions/3");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("detail").asString()).contains("has no published version 3");
        assertThat(missing.header("Cache-Control")).isEqualTo("no-store");
        assertThat(http.get("/api/v1/guidelines/unknown/versions/1").json().get("detail").asString())
                .isEqualTo("There is no guideline with slug 'unknown'.");
        assertThat(http.get("/api/v1/guidelines/fixture-versioned/versions/0").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/guidelines/fixture-versioned/versions/x").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/guidelines/fixture-versioned/versions/99999999999").status()).isEqualTo(400);
        // One bound for every version parameter: the highest is a version that does not exist (404), one more a 400.
        assertThat(http.get("/api/v1/guidelines/fixture-versioned/versions/999999999").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/guidelines/fixture-versioned/versions/1/changes/999999999").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/guidelines/fixture-versioned/versions/1/changes/1000000000").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/guidelines/fixture-versioned/versions/1000000000").status()).isEqualTo(400);
    }

    @Test
    void doseChecksCheckTheCurrentVersionOrTheOneNamedAndCiteIt() {
        JsonNode current = doseCheck("\"fixture-versioned\"").json();
        assertThat(current.get("guidelines").get(0).get("version").asInt()).isEqualTo(2);
        assertThat(current.get("guidelines").get(0).get("citation").asString()).isEqualTo("fixture-versioned@2");
        assertThat(current.get("guidelines").get(0).get("href").asString()).isEqualTo("/api/v1/guidelines/fixture-versioned/versions/2");
        assertThat(current.get("results").get(0).get("guidelineChecks").get(0).get("verdict").asString()).isEqualTo("WITHIN");

        JsonNode first = doseCheck("\"fixture-versioned@1\"").json();
        assertThat(first.get("guidelines").get(0).get("version").asInt()).isEqualTo(1);
        assertThat(first.get("results").get(0).get("guidelineChecks").get(0).get("verdict").asString()).isEqualTo("ABOVE");
        assertThat(first.get("results").get(0).get("guidelineChecks").get(0).get("guideline").get("version").asInt()).isEqualTo(1);
        assertThat(first.get("missingNutrients").get(0).get("guideline").get("citation").asString()).isEqualTo("fixture-versioned@1");

        assertThat(doseCheck("\"fixture-withdrawn@1\"").status()).isEqualTo(200);
        assertThat(doseCheck("\"leaky-gut@1\"").json().get("guidelines").get(0).get("href").asString())
                .isEqualTo("/api/v1/guidelines/leaky-gut/versions/1");
    }

    @Test
    void aMalformedWithdrawnOrUnknownVersionIsNamedInOneUnprocessableProblem() {
        Response response = doseCheck("\"fixture-withdrawn\", \"fixture-versioned@3\", \"leaky-gut@\", \"leaky-gut\", \"leaky-gut@1\", \"nope@1\"");

        assertThat(response.status()).isEqualTo(422);
        JsonNode errors = response.json().get("errors");
        assertThat(errors).extracting(error -> error.get("name").asString())
                .containsExactly("guidelines[0]", "guidelines[1]", "guidelines[2]", "guidelines[4]", "guidelines[5]");
        assertThat(errors.get(0).get("message").asString()).startsWith("was withdrawn");
        assertThat(errors.get(1).get("message").asString()).startsWith("is not a published version");
        assertThat(errors.get(2).get("message").asString()).isEqualTo("is not " + GuidelineRef.SYNTAX);
        assertThat(errors.get(3).get("message").asString()).startsWith("is listed twice: guidelines[3] names 'leaky-gut' too");
        assertThat(errors.get(4).get("message").asString()).startsWith("is not a guideline this API has");
        assertThat(doseCheck("\"" + "a".repeat(101) + "@1\"").status()).isEqualTo(422);
        assertThat(doseCheck("\"" + "a".repeat(111) + "\"").status()).isEqualTo(400);
    }

    @Test
    void twoVersionsOfOneGuidelineInOneRequestAreA422NamingBothFields() {
        String mixed = "\"fixture-versioned\", \"fixture-versioned@1\"";
        for (Response response : List.of(doseCheck(mixed), http.post("/api/v1/regimens", "{\"guidelines\":[" + mixed + "]}"))) {
            assertThat(response.status()).as(response.text()).isEqualTo(422);
            JsonNode error = response.json().get("errors").get(0);
            assertThat(error.get("name").asString()).isEqualTo("guidelines[1]");
            assertThat(error.get("message").asString()).startsWith("is listed twice: guidelines[0] names 'fixture-versioned' too");
        }
        Response interactions = http.post("/api/v1/interaction-checks", "{\"medicines\":[\"J01MA02\"],\"regimen\":{\"guidelines\":[" + mixed + "]}}");
        assertThat(interactions.status()).as(interactions.text()).isEqualTo(422);
        assertThat(interactions.json().get("errors").get(0).get("name").asString()).isEqualTo("regimen.guidelines[1]");
        assertThat(interactions.json().get("errors").get(0).get("message").asString()).contains("regimen.guidelines[0]");
        assertThat(http.post("/api/v1/interaction-checks", "{\"medicines\":[\"J01MA02\"],\"regimen\":{\"guidelines\":[\"leaky-gut\",\"leaky-gut@1\"]}}")
                .status()).as("the same version twice may repeat where repeats are allowed").isEqualTo(200);
    }

    @Test
    void regimensAndInteractionChecksUseAndCiteTheVersionToo() {
        JsonNode current = http.post("/api/v1/regimens", "{\"guidelines\":[\"fixture-versioned\"]}").json();
        assertThat(current.get("lines")).hasSize(1);
        assertThat(current.get("guidelines").get(0).get("version").asInt()).isEqualTo(2);
        JsonNode first = http.post("/api/v1/regimens", "{\"guidelines\":[\"fixture-versioned@1\"]}").json();
        assertThat(first.get("lines")).hasSize(2);
        assertThat(first.get("lines").get(0).get("sources").get(0).get("guideline").get("citation").asString()).isEqualTo("fixture-versioned@1");

        Response interactions = http.post("/api/v1/interaction-checks", "{\"medicines\":[\"J01MA02\"],\"guideline\":\"fixture-versioned@1\"}");
        assertThat(interactions.status()).isEqualTo(200);
        assertThat(interactions.json().get("guidelines").get(0).get("version").asInt()).isEqualTo(1);
        Response withdrawn = http.post("/api/v1/interaction-checks", "{\"medicines\":[\"J01MA02\"],\"guideline\":\"fixture-withdrawn\"}");
        assertThat(withdrawn.status()).isEqualTo(422);
        assertThat(withdrawn.json().get("errors").get(0).get("name").asString()).isEqualTo("guideline");
        Response regimen = http.post("/api/v1/interaction-checks", "{\"medicines\":[\"J01MA02\"],\"regimen\":{\"guidelines\":[\"leaky-gut\",\"fixture-withdrawn\"]}}");
        assertThat(regimen.json().get("errors").get(0).get("name").asString()).isEqualTo("regimen.guidelines[1]");
    }

    @Test
    void aVersionPublishedBySqlIsServedAsSoonAsTheApiIsTold() {
        insertFresh(1, "CURRENT", "Fixture vers");
        Response before = http.get("/api/v1/guidelines/fixture-fresh");
        Response listBefore = http.get("/api/v1/guidelines?q=fixture%20vers");
        assertThat(before.json().get("version").get("number").asInt()).isEqualTo(1);

        // What a publication does: the live version is superseded and the next one inserted, in one transaction.
        jdbc.sql("update guideline set status = 'SUPERSEDED' where slug = 'fixture-fresh' and version = 1").update();
        insertFresh(2, "CURRENT", "Fixture vers herzien");

        Response after = Eventually.get(http, answer -> answer.json().get("version").get("number").asInt() == 2,
                "/api/v1/guidelines/fixture-fresh");
        assertThat(after.json().get("version").get("number").asInt()).isEqualTo(2);
        assertThat(after.json().get("title").asString()).isEqualTo("Fixture vers herzien");
        assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
        assertThat(http.get("/api/v1/guidelines/fixture-fresh", "If-None-Match", before.header("ETag")).status()).isEqualTo(200);
        Response listAfter = http.get("/api/v1/guidelines?q=fixture%20vers");
        assertThat(listAfter.header("ETag")).isNotEqualTo(listBefore.header("ETag"));
        assertThat(listAfter.json().get("items").get(0).get("title").asString()).isEqualTo("Fixture vers herzien");
        assertThat(http.get("/api/v1/guidelines/fixture-fresh/versions/1").json().get("title").asString()).isEqualTo("Fixture vers");
        assertThat(http.get("/api/v1/guidelines/fixture-fresh/versions").json().get("items")).hasSize(2);
    }

    @Test
    void theCachedAnswersOfOneUrlAreKeptApartByNegotiatedLanguage() {
        Response dutch = http.get("/api/v1/guidelines/leaky-gut");
        Response english = http.get("/api/v1/guidelines/leaky-gut", "Accept-Language", "en-GB, en;q=0.9");
        Response cached = http.get("/api/v1/guidelines/leaky-gut", "Accept-Language", "en");

        // Leaky gut has no translation: Dutch, said so, and cached answers carry Vary like fresh ones.
        for (Response response : List.of(dutch, english, cached)) {
            assertThat(response.header("Content-Language")).isEqualTo("nl");
            assertThat(String.join(", ", response.headers().allValues("Vary"))).contains("Accept-Language");
            assertThat(response.json().get("translation").isNull()).isTrue();
        }
        assertThat(cached.header("ETag")).isEqualTo(dutch.header("ETag"));
    }

    private void insertFresh(int version, String status, String title) {
        jdbc.sql("""
                insert into guideline (slug, version, status, title, language, description, source_title, source_description,
                                       last_modified, published_at, published_by, change_note)
                values ('fixture-fresh', :version, :status, :title, 'nl', 'Test fixture.', 'Test fixture', 'Test fixture, not a real guideline.',
                        current_timestamp, current_timestamp, 'test', 'Test fixture')""")
                .param("version", version).param("status", status).param("title", title).update();
    }

    private Response doseCheck(String guidelines) {
        return http.post("/api/v1/dose-checks", "{\"guidelines\":[" + guidelines + "],\"intakes\":[{\"nutrient\":\"zink\",\"amount\":22,\"unit\":\"mg\"}]}");
    }

    private static List<String> slugs(JsonNode page) {
        List<String> slugs = new ArrayList<>();
        page.get("items").forEach(item -> slugs.add(item.get("slug").asString()));
        return slugs;
    }

    private static List<String> guidelineSlugs(JsonNode recommendations) {
        List<String> slugs = new ArrayList<>();
        recommendations.forEach(item -> slugs.add(item.get("guideline").get("slug").asString()));
        return slugs;
    }

    private static JsonNode find(JsonNode recommendations, String slug) {
        for (JsonNode item : recommendations) {
            if (item.get("guideline").get("slug").asString().equals(slug)) {
                return item;
            }
        }
        throw new AssertionError("no recommendation of " + slug);
    }
}
