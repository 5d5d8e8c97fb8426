package nl.supplementguidelines.regimen;

import nl.supplementguidelines.support.ApiTest;
import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.Http.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.jdbc.Sql;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/v1/regimens with the seeded guideline and two fixture guidelines from test resources. */
@ApiTest
@Sql(scripts = "/fixtures/regimen-guidelines.sql")
@Sql(scripts = "/fixtures/regimen-guidelines-cleanup.sql", executionPhase = Sql.ExecutionPhase.AFTER_TEST_METHOD)
class RegimenApiTest {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    private JsonNode regimen(String guidelines) {
        Response response = http.post("/api/v1/regimens", "{\"guidelines\":[" + guidelines + "]}", "en");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode line(JsonNode body, String slug) {
        for (JsonNode line : body.get("lines")) {
            if (line.get("nutrient").get("slug").asString().equals(slug)) {
                return line;
            }
        }
        throw new AssertionError("no line for " + slug);
    }

    @Test
    void oneGuidelineKeepsItsOwnDosesAndFlagsTheGlutamineLevel() {
        JsonNode body = regimen("\"leaky-gut\"");

        assertThat(body.get("lines")).hasSize(7);
        JsonNode glutamine = line(body, "l-glutamine");
        assertThat(glutamine.get("merge").asString()).isEqualTo("SINGLE_SOURCE");
        assertThat(glutamine.get("dailyDose").get("text").asString()).isEqualTo("15-30 g");
        assertThat(glutamine.get("referenceLevels").get("status").asString()).isEqualTo("EXCEEDS_A_REFERENCE_LEVEL");
        assertThat(glutamine.get("sources").get(0).get("evidence").get("level").asInt()).isEqualTo(2);
        assertThat(line(body, "colostrum").get("referenceLevels").get("status").asString()).isEqualTo("NONE_SET_IN_OUR_SOURCES");
    }

    @Test
    void mergesOverlappingDosesToTheirOverlapAcrossUnits() {
        JsonNode body = regimen("\"leaky-gut\",\"fixture-immuun\"");

        JsonNode zinc = line(body, "zink");
        assertThat(zinc.get("merge").asString()).isEqualTo("OVERLAP");
        assertThat(zinc.get("dailyDose").get("minimum").decimalValue()).isEqualByComparingTo("15");
        assertThat(zinc.get("dailyDose").get("maximum").decimalValue()).isEqualByComparingTo("20");
        assertThat(zinc.get("sources")).hasSize(2);
        assertThat(zinc.get("sources").get(1).get("guideline").get("slug").asString()).isEqualTo("fixture-immuun");
        assertThat(zinc.get("sources").get(1).get("evidence").get("level").asInt()).isEqualTo(1);
        assertThat(zinc.get("referenceLevels").get("passes").asBoolean()).isTrue();

        JsonNode vitaminD = line(body, "vitamine-d");
        assertThat(vitaminD.get("merge").asString()).isEqualTo("OVERLAP");
        assertThat(vitaminD.get("dailyDose").get("kind").asString()).isEqualTo("FIXED");
        assertThat(vitaminD.get("dailyDose").get("unit").asString()).isEqualTo("ug");
        assertThat(vitaminD.get("dailyDose").get("minimum").decimalValue()).isEqualByComparingTo("50");
        assertThat(vitaminD.get("referenceLevels").get("status").asString()).isEqualTo("WITHIN_REFERENCE_LEVELS");
        assertThat(line(body, "l-glutamine").get("sources")).hasSize(1);
    }

    @Test
    void flagsDosesThatDoNotOverlapAndUnitsThatDoNotConvert() {
        JsonNode body = regimen("\"leaky-gut\",\"fixture-sport\"");

        JsonNode zinc = line(body, "zink");
        assertThat(zinc.get("merge").asString()).isEqualTo("CONFLICT");
        assertThat(zinc.get("dailyDose").isNull()).isTrue();
        assertThat(zinc.get("explanation").asString()).contains("the highest minimum (30 mg) is above the lowest maximum (20 mg)");
        assertThat(zinc.get("referenceLevels").get("status").asString()).isEqualTo("EXCEEDS_A_REFERENCE_LEVEL");
        JsonNode glutamine = line(body, "l-glutamine");
        assertThat(glutamine.get("merge").asString()).isEqualTo("CONFLICT");
        // 'max. 10 g' sets no minimum, so the span of the sources is 'at most 30 g': partly above the 14 g OSL, not wholly.
        assertThat(glutamine.get("referenceLevels").get("comparisons").get(0).get("verdict").asString()).isEqualTo("PARTLY_ABOVE");
        assertThat(glutamine.get("referenceLevels").get("comparisons").get(0).get("maximum").decimalValue()).isEqualByComparingTo("30");
        assertThat(line(body, "probiotica").get("merge").asString()).isEqualTo("INCOMPATIBLE_UNITS");
        assertThat(body.get("summary").asString()).contains("3 conflicts");
    }

    @Test
    void refusesUnknownRepeatedMissingAndTooManyGuidelines() {
        assertThat(http.post("/api/v1/regimens", "{\"guidelines\":[\"leaky-gut\",\"nope\"]}").json().get("errors").get(0).get("name").asString())
                .isEqualTo("guidelines[1]");
        Response repeated = http.post("/api/v1/regimens", "{\"guidelines\":[\"leaky-gut\",\"leaky-gut\"]}");
        assertThat(repeated.status()).isEqualTo(422);
        assertThat(repeated.json().get("errors").get(0).get("message").asString()).startsWith("is listed twice: guidelines[0] names 'leaky-gut' too");
        assertThat(http.post("/api/v1/regimens", "{\"guidelines\":[]}").status()).isEqualTo(400);
        assertThat(http.post("/api/v1/regimens", "{}").status()).isEqualTo(400);
        assertThat(http.post("/api/v1/regimens", "{\"guidelines\":[" + "\"leaky-gut\",".repeat(10) + "\"leaky-gut\"]}").status()).isEqualTo(400);
        assertThat(http.post("/api/v1/regimens", "{\"guidelines\":").status()).isEqualTo(400);
    }
}
