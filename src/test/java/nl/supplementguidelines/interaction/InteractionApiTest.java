package nl.supplementguidelines.interaction;

import nl.supplementguidelines.support.ApiTest;
import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.Http.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/v1/interactions and POST /api/v1/interaction-checks over real HTTP. */
@ApiTest
class InteractionApiTest {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    private static List<Integer> rows(JsonNode items) {
        List<Integer> rows = new ArrayList<>();
        items.forEach(item -> rows.add(item.get("row").asInt()));
        return rows;
    }

    @Test
    void listsEveryRowOfTheTableWithItsSourcesAndNoSeverity() {
        JsonNode body = http.get("/api/v1/interactions").json();

        assertThat(rows(body.get("items"))).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
        JsonNode thiazideVitaminD = body.get("items").get(4);
        assertThat(thiazideVitaminD.get("atcCodes").toString()).isEqualTo("[\"C03AA\",\"C03BA\"]");
        assertThat(thiazideVitaminD.get("advice").asString()).isEqualTo("monitor serum calcium");
        assertThat(thiazideVitaminD.get("sources").get(0).get("code").asString()).isEqualTo("ODS-D");
        assertThat(thiazideVitaminD.get("sources").get(1).get("citation").asString()).isEqualTo("Product information (SmPC) of colecalciferol medicines, section on interactions.");
        JsonNode thiazideZinc = body.get("items").get(3);
        assertThat(thiazideZinc.get("effect").asString()).isEqualTo("urinary zinc loss rises, by as much as 60%");
        assertThat(thiazideZinc.get("advice").isNull()).isTrue();
        assertThat(thiazideZinc.get("adviceGiven").asBoolean()).isFalse();
        assertThat(body.get("items").get(12).get("nutrientAsWritten").asString()).isEqualTo("Probiotics (yeast: Saccharomyces boulardii)");
        assertThat(body.get("items").get(12).get("nutrient").get("slug").asString()).isEqualTo("probiotica");
        assertThat(body.toString()).doesNotContain("\"severity\"");
        assertThat(body.get("severityNote").asString()).contains("grade no severity");
    }

    @ParameterizedTest(name = "atc={0}")
    @CsvSource(delimiter = '|', textBlock = """
            J01MA02 | 1,12
            j01ma   | 1,12
            J01     | 12
            J01AA07 | 2,12
            C03AA03 | 4,5
            C10AA05 | 7
            M01CC01 | 3
            J02AC01 | 13
            L04AD01 | 14
            """)
    void matchesEveryGroupWhoseCodeIsAPrefixOfTheMedicines(String atc, String expectedRows) {
        JsonNode body = http.get("/api/v1/interactions?atc=" + atc).json();

        assertThat(rows(body.get("items")).stream().map(String::valueOf).toList()).containsExactly(expectedRows.split(","));
        assertThat(body.get("status").asString()).isEqualTo("FOUND");
    }

    @Test
    void aBroaderCodeDoesNotMatchNarrowerGroups() {
        JsonNode body = http.get("/api/v1/interactions?atc=C03").json();

        assertThat(body.get("items")).isEmpty();
        assertThat(body.get("status").asString()).isEqualTo("NONE_KNOWN_IN_OUR_SOURCES");
        assertThat(body.get("summary").get("en").asString()).isEqualTo("None known in our sources for C03.");
    }

    @Test
    void filtersByNutrientNamedInEnglish() {
        JsonNode zinc = http.get("/api/v1/interactions?nutrient=Zinc").json();
        assertThat(rows(zinc.get("items"))).containsExactly(1, 2, 3, 4);
        assertThat(zinc.get("summary").get("nl").asString()).isEqualTo("4 interacties in onze bronnen voor Zink.");
        assertThat(zinc.get("summary").get("en").asString()).isEqualTo("4 interactions in our sources for Zinc.");
        assertThat(rows(http.get("/api/v1/interactions?nutrient=zink&atc=C03BA11").json().get("items"))).containsExactly(4);
    }

    @Test
    void saysNoneKnownInOurSourcesNeverNone() {
        JsonNode body = http.get("/api/v1/interactions?nutrient=l-glutamine").json();

        assertThat(body.get("status").asString()).isEqualTo("NONE_KNOWN_IN_OUR_SOURCES");
        assertThat(body.get("summary").get("en").asString()).isEqualTo("None known in our sources for L-glutamine.");
    }

    @Test
    void refusesAnUnknownNutrientAndAMalformedAtcCode() {
        Response unknown = http.get("/api/v1/interactions?nutrient=unobtanium");
        Response malformed = http.get("/api/v1/interactions?atc=123");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("name").asString()).isEqualTo("nutrient");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors").get(0).get("name").asString()).isEqualTo("atc");
        assertThat(malformed.json().get("errors").get(0).get("message").asString()).contains("ATC code");
    }

    @Test
    void saysTheTableTextsAreEnglish() {
        assertThat(http.get("/api/v1/interactions").header("Content-Language")).isEqualTo("en, nl");
        assertThat(http.get("/api/v1/interactions/3").header("Content-Language")).isEqualTo("en");
    }

    @Test
    void servesOneRowAndA404ForAnUnknownRow() {
        assertThat(http.get("/api/v1/interactions/3").json().get("medicineGroup").asString()).isEqualTo("penicillamine");
        assertThat(http.get("/api/v1/interactions/99").status()).isEqualTo(404);
    }

    @Test
    void checksTheNutrientsOfAGuidelineAgainstMedicines() {
        Response response = http.post("/api/v1/interaction-checks", "{\"medicines\":[\"J01MA02\",\"statins\"],\"guideline\":\"leaky-gut\"}", "en");

        assertThat(response.status()).as(response.text()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("interactionCount").asInt()).isEqualTo(3);
        assertThat(body.get("guidelines").get(0).get("lastModified").asString()).isEqualTo("2026-11-28T00:00:00Z");
        assertThat(body.get("medicines").get(1).get("resolvedAs").asString()).isEqualTo("MEDICINE_GROUP_NAME");
        assertThat(body.get("medicines").get(1).get("atcCodes").toString()).isEqualTo("[\"C10AA\"]");
        JsonNode zinc = nutrient(body, "zink");
        assertThat(zinc.get("status").asString()).isEqualTo("INTERACTIONS_FOUND");
        JsonNode match = zinc.get("interactions").get(0);
        assertThat(match.get("interaction").get("row").asInt()).isEqualTo(1);
        assertThat(match.get("medicineAtcCode").asString()).isEqualTo("J01MA02");
        assertThat(match.get("groupAtcCode").asString()).isEqualTo("J01MA");
        assertThat(match.get("explanation").asString()).contains("Advice given by the source: take the antibiotic at least 2 h before or 4-6 h after zinc.")
                .contains("ODS-Zn").contains("interaction row 1");
        assertThat(nutrient(body, "vitamine-d").get("interactions").get(0).get("explanation").asString()).contains("The source gives no advice.");
        assertThat(nutrient(body, "probiotica").get("interactions").get(0).get("groupAtcCode").asString()).isEqualTo("J01");
        JsonNode glutamine = nutrient(body, "l-glutamine");
        assertThat(glutamine.get("status").asString()).isEqualTo("NONE_KNOWN_IN_OUR_SOURCES");
        assertThat(glutamine.get("explanation").asString()).isEqualTo("L-glutamine: no medicine interactions known in our sources.");
    }

    @Test
    void checksNamedNutrientsAndARegimen() {
        JsonNode nutrients = http.post("/api/v1/interaction-checks",
                "{\"medicines\":[\"thiazide and thiazide-like diuretics\"],\"nutrients\":[\"Zinc\",\"Vitamin D\",\"Colostrum\"]}").json();
        JsonNode regimen = http.post("/api/v1/interaction-checks", "{\"medicines\":[\"J02AC01\"],\"regimen\":{\"guidelines\":[\"leaky-gut\"]}}").json();

        assertThat(nutrients.get("interactionCount").asInt()).isEqualTo(2);
        JsonNode twice = http.post("/api/v1/interaction-checks", "{\"medicines\":[\"J01MA02\",\"j01ma02\"],\"nutrients\":[\"zink\"]}").json();
        assertThat(twice.get("interactionCount").asInt()).isEqualTo(1);
        assertThat(nutrient(nutrients, "colostrum").get("explanation").asString()).isEqualTo("Colostrum: geen interacties met medicijnen bekend in onze bronnen.");
        assertThat(nutrient(regimen, "probiotica").get("interactions").get(0).get("interaction").get("row").asInt()).isEqualTo(13);
        assertThat(nutrient(regimen, "zink").get("status").asString()).isEqualTo("NONE_FOUND_FOR_THESE_MEDICINES");
    }

    @Test
    void refusesBadChecksNamingTheField() {
        assertProblem(http.post("/api/v1/interaction-checks", "{\"guideline\":\"leaky-gut\"}"), 400, "medicines");
        assertProblem(http.post("/api/v1/interaction-checks", "{\"medicines\":[],\"guideline\":\"leaky-gut\"}"), 400, "medicines");
        assertProblem(http.post("/api/v1/interaction-checks", "{\"medicines\":[" + "\"J01\",".repeat(20) + "\"J01\"],\"guideline\":\"leaky-gut\"}"), 400, "medicines");
        assertProblem(http.post("/api/v1/interaction-checks", "{\"medicines\":[\"aspirin tea\"],\"guideline\":\"leaky-gut\"}"), 422, "medicines[0]");
        assertProblem(http.post("/api/v1/interaction-checks", "{\"medicines\":[\"J01\"]}"), 422, "guideline");
        assertProblem(http.post("/api/v1/interaction-checks", "{\"medicines\":[\"J01\"],\"guideline\":\"leaky-gut\",\"nutrients\":[\"zink\"]}"), 422, "regimen");
        assertProblem(http.post("/api/v1/interaction-checks", "{\"medicines\":[\"J01\"],\"guideline\":\"nope\"}"), 422, "guideline");
        assertProblem(http.post("/api/v1/interaction-checks", "{\"medicines\":[\"J01\"],\"regimen\":{\"guidelines\":[\"leaky-gut\",\"nope\"]}}"), 422, "regimen.guidelines[1]");
        assertProblem(http.post("/api/v1/interaction-checks", "{\"medicines\":[\"J01\"],\"nutrients\":[\"zink\",\"unobtanium\"]}"), 422, "nutrients[1]");
        assertProblem(http.post("/api/v1/interaction-checks", "{\"medicines\":\"J01\",\"nutrients\":[\"zink\"]}"), 400, "medicines");
    }

    private static void assertProblem(Response response, int status, String field) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.json().get("errors")).as(response.text()).anySatisfy(error -> assertThat(error.get("name").asString()).isEqualTo(field));
    }

    private static JsonNode nutrient(JsonNode body, String slug) {
        for (JsonNode result : body.get("nutrients")) {
            if (result.get("nutrient").get("slug").asString().equals(slug)) {
                return result;
            }
        }
        throw new AssertionError("no result for " + slug + " in " + body);
    }
}
