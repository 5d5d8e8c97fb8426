package nl.supplementguidelines.guideline;

import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.jdbc.Sql;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Translations over real HTTP, on each database: an editor publishes the English texts of a published version
 * (fixture-versioned, version 2 of fixtures/versions.sql), checked against its structure; Accept-Language: en then
 * serves them, saying which version they translate, while numbers, doses and evidence stay the version's own.
 */
@Sql(scripts = {"/fixtures/versions-cleanup.sql", "/fixtures/versions.sql"})
@Sql(scripts = "/fixtures/versions-cleanup.sql", executionPhase = Sql.ExecutionPhase.AFTER_TEST_METHOD)
abstract class TranslationsApiContract {

    static final String PATH = "/api/v1/guidelines/fixture-versioned/versions/2/translations/en";
    static final String ENGLISH = """
            {"title":"Fixture versions","alternativeNames":["current name","second name"],"description":"Current description.",
             "causes":["a cause"],"relatedConditions":[{"name":"a condition","examples":["an example","another example"]}],
             "causalityStatement":null,"goal":"Current goal.",
             "recommendations":[{"qualifier":"as citrate","effects":["An effect","Another effect"]}],
             "attentionPoints":["An attention point."],"footnotes":["A footnote."]}""";

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void connect() {
        http = new Http(port);
    }

    @Test
    void anEditorPublishesATranslationThatAcceptLanguageThenServes() {
        Response published = put(ENGLISH);
        assertThat(published.status()).isEqualTo(201);
        assertThat(published.header("Location")).isEqualTo("/api/v1/guidelines/fixture-versioned/versions/2");
        assertThat(published.json().get("title").asString()).isEqualTo("Fixture versions");

        Response english = http.get("/api/v1/guidelines/fixture-versioned", "Accept-Language", "en");
        assertThat(english.header("Content-Language")).isEqualTo("en");
        assertThat(String.join(", ", english.headers().allValues("Vary"))).contains("Accept-Language");
        JsonNode guideline = english.json();
        assertThat(guideline.get("language").asString()).isEqualTo("en");
        assertThat(guideline.get("title").asString()).isEqualTo("Fixture versions");
        assertThat(guideline.get("relatedConditions").get(0).get("examples").get(1).asString()).isEqualTo("another example");
        assertThat(guideline.get("attentionPoints").get(0).get("text").asString()).isEqualTo("An attention point.");
        JsonNode recommendation = guideline.get("recommendations").get(0);
        assertThat(recommendation.get("qualifier").asString()).isEqualTo("as citrate");
        assertThat(recommendation.get("effects").get(0).asString()).isEqualTo("An effect");
        assertThat(recommendation.get("doseFootnote").get("text").asString()).isEqualTo("A footnote.");
        assertThat(recommendation.get("doseFootnote").get("marker").asString()).isEqualTo("*");
        JsonNode translation = guideline.get("translation");
        assertThat(translation.get("language").asString()).isEqualTo("en");
        assertThat(translation.get("translatesVersion").asInt()).isEqualTo(2);
        assertThat(translation.get("publishedBy").asString()).isEqualTo("editor");

        // Numbers, doses and evidence are the version's, byte for byte.
        JsonNode dutch = http.get("/api/v1/guidelines/fixture-versioned").json();
        assertThat(recommendation.get("dailyDose")).isEqualTo(dutch.get("recommendations").get(0).get("dailyDose"));
        assertThat(recommendation.get("evidence")).isEqualTo(dutch.get("recommendations").get(0).get("evidence"));
        assertThat(guideline.get("version")).isEqualTo(dutch.get("version"));
        assertThat(dutch.get("title").asString()).isEqualTo("Fixture versies");
        assertThat(dutch.get("translation").isNull()).isTrue();

        Response recommendations = http.get("/api/v1/guidelines/fixture-versioned/recommendations", "Accept-Language", "en;q=0.9, nl;q=0.1");
        assertThat(recommendations.header("Content-Language")).isEqualTo("en");
        assertThat(recommendations.json().get("items").get(0).get("effects").get(1).asString()).isEqualTo("Another effect");
        assertThat(recommendations.json().get("translation").get("translatesVersion").asInt()).isEqualTo(2);
        Response version = http.get("/api/v1/guidelines/fixture-versioned/versions/2", "Accept-Language", "en");
        assertThat(version.json()).isEqualTo(VersionsApiContract.withoutComputedMembers(guideline));
        assertThat(version.header("Cache-Control")).contains("immutable");
    }

    @Test
    void aVersionAskedForInEnglishIsImmutableOnlyOnceItsTranslationIsPublished() {
        String version = "/api/v1/guidelines/fixture-versioned/versions/2";
        Response before = http.get(version, "Accept-Language", "en");
        // Dutch for lack of a translation: the same URL and language will be English after the PUT, so not cached for good.
        assertThat(before.header("Content-Language")).isEqualTo("nl");
        assertThat(before.header("Cache-Control")).doesNotContain("immutable").startsWith("public, max-age=");
        assertThat(http.get(version).header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");

        put(ENGLISH);
        Response after = http.get(version, "Accept-Language", "en");
        assertThat(after.header("Content-Language")).isEqualTo("en");
        assertThat(after.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        // Last-Modified is when the translation was published (HTTP dates have whole seconds).
        java.time.Instant published = java.time.Instant.parse(after.json().get("translation").get("publishedAt").asString());
        assertThat(java.time.ZonedDateTime.parse(after.header("Last-Modified"), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
                .isEqualTo(published.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    @Test
    void aVersionWithoutATranslationIsServedInDutchWhateverIsAsked() {
        put(ENGLISH);

        Response first = http.get("/api/v1/guidelines/fixture-versioned/versions/1", "Accept-Language", "en");
        assertThat(first.header("Content-Language")).isEqualTo("nl");
        assertThat(first.json().get("title").asString()).isEqualTo("Fixture versies (verouderd)");
        assertThat(first.json().get("translation").isNull()).isTrue();
        assertThat(http.get("/api/v1/guidelines/fixture-versioned", "Accept-Language", "de").header("Content-Language")).isEqualTo("nl");
    }

    @Test
    void everyStructuralMismatchIsNamedInOneUnprocessableProblem() {
        String wrong = """
                {"title":"T","alternativeNames":["one"],"description":"D","causes":["a","b"],
                 "relatedConditions":[{"name":"c","examples":["e"]}],"causalityStatement":"invented","goal":null,
                 "recommendations":[{"qualifier":null,"effects":["x"]}],"attentionPoints":[],"footnotes":["f"]}""";

        Response response = put(wrong);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("type").asString()).isEqualTo("/problems/unprocessable-content");
        assertThat(names(response.json().get("errors"))).containsExactly("alternativeNames", "causes", "relatedConditions[0].examples",
                "causalityStatement", "goal", "recommendations[0].qualifier", "recommendations[0].effects", "attentionPoints");
        assertThat(http.get("/api/v1/guidelines/fixture-versioned", "Accept-Language", "en").header("Content-Language")).isEqualTo("nl");
    }

    @Test
    void aControlCharacterInATextIsNamedInAnUnprocessableProblem() {
        Response response = put(ENGLISH.replace("\"Current goal.\"", "\"Current goal.\\u0000\""));

        assertThat(response.status()).as(response.text()).isEqualTo(422);
        assertThat(names(response.json().get("errors"))).containsExactly("goal");
    }

    @Test
    void numbersDosesAndUnknownFieldsAreRefused() {
        Response dose = put(ENGLISH.replace("\"qualifier\":\"as citrate\",", "\"qualifier\":\"as citrate\",\"dailyDose\":\"50 mg\","));
        assertThat(dose.status()).isEqualTo(422);
        assertThat(dose.json().get("errors").get(0).get("name").asString()).isEqualTo("recommendations[0].dailyDose");
        assertThat(put(ENGLISH.replace("{\"title\"", "{\"slug\":\"other\",\"title\"")).json().get("errors").get(0).get("name").asString()).isEqualTo("slug");
    }

    @Test
    void aPublishedTranslationNeverChanges() {
        assertThat(put(ENGLISH).status()).isEqualTo(201);
        assertThat(put(ENGLISH).status()).as("the same texts again").isEqualTo(200);

        Response other = put(ENGLISH.replace("Fixture versions", "Other title"));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.json().get("type").asString()).isEqualTo("/problems/translation-exists");
        assertThat(http.get("/api/v1/guidelines/fixture-versioned", "Accept-Language", "en").json().get("title").asString()).isEqualTo("Fixture versions");
    }

    @Test
    void concurrentIdenticalPutsPublishOnceAndEveryOtherIsAnsweredAsARepeat() throws Exception {
        int editors = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(editors);
        try {
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(editors);
            List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < editors; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return put(ENGLISH).status();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            // The documented answer to the same texts again is a 200, however close together the PUTs come.
            assertThat(statuses).containsOnly(200, 201);
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theLanguageVersionAndTokenAreChecked() {
        assertThat(put("/api/v1/guidelines/fixture-versioned/versions/2/translations/nl", ENGLISH).status()).isEqualTo(400);
        assertThat(put("/api/v1/guidelines/fixture-versioned/versions/2/translations/en_GB", ENGLISH).json().get("errors").get(0).get("name").asString())
                .isEqualTo("language");
        assertThat(put("/api/v1/guidelines/fixture-versioned/versions/2/translations/" + "x".repeat(40), ENGLISH).status()).isEqualTo(400);
        assertThat(put("/api/v1/guidelines/fixture-versioned/versions/9/translations/en", ENGLISH).status()).isEqualTo(404);
        assertThat(put("/api/v1/guidelines/unknown/versions/1/translations/en", ENGLISH).status()).isEqualTo(404);
        assertThat(http.sendJson("PUT", PATH, ENGLISH).status()).isEqualTo(401);
        assertThat(http.sendJson("PUT", PATH, ENGLISH, "Authorization", Tokens.bearer(Tokens.readOnly())).status()).isEqualTo(403);
    }

    private Response put(String body) {
        return put(PATH, body);
    }

    private Response put(String path, String body) {
        return http.sendJson("PUT", path, body, "Authorization", Tokens.bearer(Tokens.editor()));
    }

    private static List<String> names(JsonNode errors) {
        List<String> names = new ArrayList<>();
        errors.forEach(error -> names.add(error.get("name").asString()));
        return names;
    }
}
