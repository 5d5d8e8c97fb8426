package nl.supplementguidelines.referencelevel;

import nl.supplementguidelines.support.ApiTest;
import nl.supplementguidelines.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference levels on the nutrient resource, and the guideline's recommendations set against them. */
@ApiTest
class ReferenceLevelResourcesTest {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void showsTheLevelsOfANutrientWithTheirCitations() {
        JsonNode zinc = http.get("/api/v1/nutrients/zink").json();

        assertThat(zinc.get("englishName").asString()).isEqualTo("Zinc");
        JsonNode levels = zinc.get("referenceLevels");
        assertThat(levels.get("status").asString()).isEqualTo("SET");
        assertThat(levels.get("levels")).hasSize(2);
        assertThat(levels.get("levels").get(0).get("amount").decimalValue()).isEqualByComparingTo("25");
        assertThat(levels.get("levels").get(0).get("body").asString()).isEqualTo("EFSA (SCF)");
        assertThat(levels.get("levels").get(1).get("citation").asString()).isEqualTo("Institute of Medicine, Dietary Reference Intakes for Vitamin A, Vitamin K, ..., Zinc, 2001");
        assertThat(zinc.get("medicineInteractions").get("count").asInt()).isEqualTo(4);
    }

    @Test
    void showsTheVitaminDLevelsAndFactor() {
        JsonNode vitaminD = http.get("/api/v1/nutrients/vitamine-d").json();

        assertThat(vitaminD.get("iuPerMicrogram").decimalValue()).isEqualByComparingTo("40");
        JsonNode levels = vitaminD.get("referenceLevels").get("levels");
        assertThat(levels).hasSize(3);
        assertThat(levels.get(0).get("amountText").asString()).isEqualTo("100 µg (4 000 IU)");
        assertThat(levels.get(0).get("population").asString()).isEqualTo("adults and adolescents 11-17 y");
        assertThat(levels.get(1).get("amount").decimalValue()).isEqualByComparingTo("50");
        assertThat(levels.get(1).get("population").asString()).isEqualTo("children 1-10 y");
    }

    @Test
    void saysNoneSetInOurSourcesAndKeepsTheExposureEstimateApart() {
        JsonNode colostrum = http.get("/api/v1/nutrients/colostrum").json();
        JsonNode lactoferrin = http.get("/api/v1/nutrients/lactoferrine").json();

        assertThat(colostrum.get("referenceLevels").get("status").asString()).isEqualTo("NONE_SET_IN_OUR_SOURCES");
        assertThat(colostrum.get("referenceLevels").get("summary").get("en").asString()).isEqualTo("Upper intake level: none set in our sources.");
        assertThat(colostrum.get("medicineInteractions").get("status").asString()).isEqualTo("NONE_KNOWN_IN_OUR_SOURCES");
        assertThat(lactoferrin.get("referenceLevels").get("levels")).isEmpty();
        assertThat(lactoferrin.get("referenceLevels").get("notes").get(0).get("text").asString()).contains("exposure estimate, not an upper level");
    }

    @Test
    void theGlutamineRecommendationSaysItExceedsTheObservedSafeLevelCitingBoth() {
        JsonNode items = http.get("/api/v1/guidelines/leaky-gut/recommendations").json().get("items");

        JsonNode glutamine = items.get(1).get("referenceLevels");
        assertThat(glutamine.get("status").asString()).isEqualTo("EXCEEDS_A_REFERENCE_LEVEL");
        JsonNode osl = glutamine.get("comparisons").get(0);
        assertThat(osl.get("verdict").asString()).isEqualTo("ABOVE");
        assertThat(osl.get("level").get("row").asInt()).isEqualTo(6);
        assertThat(osl.get("explanation").get("en").asString())
                .startsWith("The dose of guideline Leaky gut (15-30 g) lies wholly above the OSL (Observed Safe Level) of 14 g")
                .contains("Regul Toxicol Pharmacol 2008;50(3):376-399 (PMID 18325648)");
        assertThat(osl.get("explanation").get("nl").asString()).startsWith("De dosering van de richtlijn Leaky gut (15-30 g) ligt geheel boven");

        JsonNode vitaminD = items.get(3).get("referenceLevels");
        assertThat(vitaminD.get("status").asString()).isEqualTo("NO_MAXIMUM_TO_COMPARE");
        assertThat(vitaminD.get("comparisons").get(0).get("minimumPercentOfLevel").decimalValue()).isEqualByComparingTo("25");

        JsonNode zinc = items.get(4).get("referenceLevels");
        assertThat(zinc.get("status").asString()).isEqualTo("WITHIN_REFERENCE_LEVELS");
        assertThat(zinc.get("summary").get("en").asString()).contains("food counts too");

        assertThat(items.get(0).get("referenceLevels").get("status").asString()).isEqualTo("NONE_SET_IN_OUR_SOURCES");
    }
}
