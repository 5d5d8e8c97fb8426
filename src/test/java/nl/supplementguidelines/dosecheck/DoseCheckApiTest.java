package nl.supplementguidelines.dosecheck;

import nl.supplementguidelines.support.ApiTest;
import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.Http.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.jdbc.Sql;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/v1/dose-checks over real HTTP against the seeded leaky-gut guideline and reference levels. */
@ApiTest
class DoseCheckApiTest {

    private static final String PATH = "/api/v1/dose-checks";

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    private JsonNode check(String intakes, String language) {
        Response response = http.post(PATH, "{\"guidelines\":[\"leaky-gut\"],\"intakes\":[" + intakes + "]}", language);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    @Test
    void zincAboveTheGuidelineExceedsTheEfsaUlButNotTheIomUl() {
        JsonNode result = check("{\"nutrient\":\"zink\",\"amount\":30,\"unit\":\"mg\"}", "en").get("results").get(0);

        JsonNode guidelineCheck = result.get("guidelineChecks").get(0);
        assertThat(guidelineCheck.get("verdict").asString()).isEqualTo("ABOVE");
        assertThat(guidelineCheck.get("recommendationPosition").asInt()).isEqualTo(5);
        assertThat(guidelineCheck.get("guideline").get("lastModified").asString()).isEqualTo("2026-11-28T00:00:00Z");
        assertThat(guidelineCheck.get("inCommonUnit").get("intake").decimalValue()).isEqualByComparingTo("30");
        assertThat(guidelineCheck.get("inCommonUnit").get("maximum").decimalValue()).isEqualByComparingTo("20");
        JsonNode levels = result.get("referenceLevels");
        assertThat(levels.get("status").asString()).isEqualTo("EXCEEDS_A_REFERENCE_LEVEL");
        assertThat(levels.get("passes").asBoolean()).isFalse();
        assertThat(levels.get("comparisons").get(0).get("level").get("row").asInt()).isEqualTo(4);
        assertThat(levels.get("comparisons").get(0).get("verdict").asString()).isEqualTo("ABOVE");
        assertThat(levels.get("comparisons").get(1).get("level").get("body").asString()).isEqualTo("IOM (US)");
        assertThat(levels.get("comparisons").get(1).get("verdict").asString()).isEqualTo("AT_OR_BELOW");
        assertThat(result.get("explanation").asString())
                .contains("The intake of 30 mg of Zinc is above the daily dose of guideline Leaky gut (15-20 mg; row 5; last modified 2026-11-28)")
                .contains("SCF/CS/NUT/UPPLEV/62 Final, 2003")
                .contains("food counts too");
    }

    @Test
    void explainsInDutchByDefaultAndInEnglishOnRequest() {
        Response dutch = http.post(PATH, "{\"guidelines\":[\"leaky-gut\"],\"intakes\":[{\"nutrient\":\"zink\",\"dose\":\"15 mg\"}]}");
        Response english = http.post(PATH, "{\"guidelines\":[\"leaky-gut\"],\"intakes\":[{\"nutrient\":\"zink\",\"dose\":\"15 mg\"}]}", "en-GB,en;q=0.9");

        assertThat(dutch.header("Content-Language")).isEqualTo("nl");
        assertThat(dutch.json().get("results").get(0).get("explanation").asString()).startsWith("De inname van 15 mg Zink valt binnen de dagdosering");
        assertThat(english.header("Content-Language")).isEqualTo("en");
        assertThat(english.header("Vary")).contains("Accept-Language");
        assertThat(english.json().get("results").get(0).get("explanation").asString()).startsWith("The intake of 15 mg of Zinc is within the daily dose");
    }

    @Test
    void convertsInternationalUnitsOfVitaminDToMicrograms() {
        JsonNode result = check("{\"nutrient\":\"Vitamin D\",\"amount\":1000,\"unit\":\"IE\"}", "en").get("results").get(0);

        JsonNode common = result.get("guidelineChecks").get(0).get("inCommonUnit");
        assertThat(common.get("unit").asString()).isEqualTo("ug");
        assertThat(common.get("intake").decimalValue()).isEqualByComparingTo("25");
        assertThat(result.get("guidelineChecks").get(0).get("verdict").asString()).isEqualTo("WITHIN");
        assertThat(result.get("referenceLevels").get("comparisons").get(0).get("percentOfLevel").decimalValue()).isEqualByComparingTo("25");
    }

    @Test
    void acceptsDoseWordingWithAnEquivalentThatAgrees() {
        JsonNode result = check("{\"nutrient\":\"vitamine-d\",\"dose\":\"20 mcg (800 IE)\"}", "en").get("results").get(0);

        assertThat(result.get("intake").get("amount").decimalValue()).isEqualByComparingTo("20");
        assertThat(result.get("intake").get("equivalent").get("amount").decimalValue()).isEqualByComparingTo("800");
        assertThat(result.get("guidelineChecks").get(0).get("verdict").asString()).isEqualTo("BELOW");
    }

    @Test
    void comparesGramsWithAGuidelineInMilligrams() {
        JsonNode result = check("{\"nutrient\":\"Lactoferrin\",\"dose\":\"1,5 g\"}", "en").get("results").get(0);

        JsonNode common = result.get("guidelineChecks").get(0).get("inCommonUnit");
        assertThat(common.get("unit").asString()).isEqualTo("mg");
        assertThat(common.get("intake").decimalValue()).isEqualByComparingTo("1500");
        assertThat(result.get("guidelineChecks").get(0).get("verdict").asString()).isEqualTo("WITHIN");
        assertThat(result.get("referenceLevels").get("status").asString()).isEqualTo("NONE_SET_IN_OUR_SOURCES");
        assertThat(result.get("referenceLevels").get("summary").asString()).contains("none set in our sources");
        assertThat(result.get("referenceLevels").get("notes").get(0).get("citation").asString()).isEqualTo("EFSA Journal 2012;10(5):2701");
    }

    @Test
    void readsTheFlattenedPowerOfTenForProbiotics() {
        JsonNode result = check("{\"nutrient\":\"Probiotics\",\"dose\":\"1x109 cfu\"}", "en").get("results").get(0);

        assertThat(result.get("intake").get("amount").decimalValue()).isEqualByComparingTo("1000000000");
        assertThat(result.get("guidelineChecks").get(0).get("verdict").asString()).isEqualTo("WITHIN");
    }

    @Test
    void lGlutamineWithinTheGuidelineIsAboveTheObservedSafeLevel() {
        JsonNode result = check("{\"nutrient\":\"L-glutamine\",\"amount\":15,\"unit\":\"g\"}", "en").get("results").get(0);

        assertThat(result.get("guidelineChecks").get(0).get("verdict").asString()).isEqualTo("WITHIN");
        JsonNode osl = result.get("referenceLevels").get("comparisons").get(0);
        assertThat(osl.get("level").get("kind").asString()).isEqualTo("OSL");
        assertThat(osl.get("verdict").asString()).isEqualTo("ABOVE");
        assertThat(osl.get("explanation").asString()).contains("PMID 18325648");
    }

    @Test
    void listsTheGuidelinesNutrientsTheIntakesLack() {
        JsonNode body = check("{\"nutrient\":\"zink\",\"amount\":20,\"unit\":\"mg\"}", "en");

        List<String> missing = new ArrayList<>();
        body.get("missingNutrients").forEach(m -> missing.add(m.get("nutrient").get("slug").asString()));
        assertThat(missing).containsExactly("probiotica", "l-glutamine", "colostrum", "vitamine-d", "prebiotica", "lactoferrine");
        assertThat(body.get("summary").asString()).contains("6 nutrients of the guideline missing");
    }

    @Test
    void addsUpIntakesOfTheSameNutrient() {
        JsonNode body = check("{\"nutrient\":\"zink\",\"amount\":15,\"unit\":\"mg\"},{\"nutrient\":\"Zinc\",\"dose\":\"0,015 g\"}", "en");

        assertThat(body.get("results")).hasSize(2);
        JsonNode total = body.get("totals").get(0);
        assertThat(total.get("intakeIndexes").toString()).isEqualTo("[0,1]");
        assertThat(total.get("total").get("amount").decimalValue()).isEqualByComparingTo("30");
        assertThat(total.get("guidelineChecks").get(0).get("verdict").asString()).isEqualTo("ABOVE");
        assertThat(total.get("referenceLevels").get("passes").asBoolean()).isFalse();
        assertThat(total.get("explanation").asString()).startsWith("The total intake of 30 mg of Zinc is above");
    }

    @Test
    @Sql(scripts = "/fixtures/regimen-guidelines.sql")
    @Sql(scripts = "/fixtures/regimen-guidelines-cleanup.sql", executionPhase = Sql.ExecutionPhase.AFTER_TEST_METHOD)
    void saysWhenAGuidelineDoesNotRecommendTheNutrient() {
        Response response = http.post(PATH, "{\"guidelines\":[\"leaky-gut\",\"fixture-immuun\"],\"intakes\":[{\"nutrient\":\"l-glutamine\",\"amount\":20,\"unit\":\"g\"}]}", "en");

        assertThat(response.status()).isEqualTo(200);
        JsonNode checks = response.json().get("results").get(0).get("guidelineChecks");
        assertThat(checks.get(0).get("verdict").asString()).isEqualTo("WITHIN");
        assertThat(checks.get(1).get("verdict").asString()).isEqualTo("NOT_IN_GUIDELINE");
        assertThat(checks.get(1).get("guideline").get("lastModified").asString()).isEqualTo("2026-01-15T00:00:00Z");
        assertThat(checks.get(1).get("explanation").asString()).isEqualTo("L-glutamine is not in guideline Fixture immuun (last modified 2026-01-15).");
    }
}
