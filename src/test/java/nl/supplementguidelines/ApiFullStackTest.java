package nl.supplementguidelines;

import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.Http.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged application over real HTTP, on the real migrations, as a client sees it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiFullStackTest {

    @LocalServerPort
    int port;

    Http api;

    @BeforeEach
    void client() {
        api = new Http(port);
    }

    @Test
    void servesTheWholeLeakyGutGuidelineInDutch() {
        Response response = api.get("/api/v1/guidelines/leaky-gut");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.header("Content-Language")).isEqualTo("nl");
        JsonNode guideline = response.json();
        assertThat(guideline.get("title").asString()).isEqualTo("Leaky gut");
        assertThat(guideline.get("recommendations")).hasSize(7);
        assertThat(guideline.get("attentionPoints")).hasSize(3);
        JsonNode zinc = guideline.get("recommendations").get(4);
        assertThat(zinc.get("nutrient").get("slug").asString()).isEqualTo("zink");
        assertThat(zinc.get("dailyDose").get("minimum").isIntegralNumber()).isTrue();
        assertThat(zinc.get("dailyDose").get("minimum").decimalValue()).isEqualByComparingTo("15");
        assertThat(zinc.get("dailyDose").get("maximum").decimalValue()).isEqualByComparingTo("20");
        assertThat(zinc.get("evidence").get("dots").asString()).isEqualTo("●●");
    }

    @Test
    void linksLeadFromGuidelineToNutrientAndBack() {
        JsonNode guideline = api.get("/api/v1/guidelines/leaky-gut").json();
        String nutrientHref = guideline.get("recommendations").get(6).get("nutrient").get("href").asString();

        JsonNode lactoferrin = api.get(nutrientHref).json();
        assertThat(lactoferrin.get("name").asString()).isEqualTo("Lactoferrine");
        JsonNode usage = lactoferrin.get("recommendedIn").get(0);
        assertThat(usage.get("dailyDose").get("sourceText").asString()).isEqualTo("1.500-3.000 mg");
        assertThat(usage.get("evidence").get("level").asInt()).isEqualTo(1);

        String back = usage.get("guideline").get("href").asString();
        assertThat(api.get(back).json().get("slug").asString()).isEqualTo("leaky-gut");
        String recommendations = api.get(back).json().get("links").get("recommendations").asString();
        assertThat(api.get(recommendations).json().get("items")).hasSize(7);
    }

    @Test
    void pagesThroughNutrientsByFollowingNextLinks() {
        List<String> names = new ArrayList<>();
        String next = "/api/v1/nutrients?size=3";
        int pages = 0;
        while (next != null && pages++ < 10) {
            JsonNode page = api.get(next).json();
            page.get("items").forEach(item -> names.add(item.get("name").asString()));
            next = page.get("links").get("next").isNull() ? null : page.get("links").get("next").asString();
        }

        assertThat(pages).isEqualTo(3);
        assertThat(names).containsExactly("Colostrum", "L-glutamine", "Lactoferrine", "Prebiotica", "Probiotica", "Vitamine D", "Zink");
    }

    @Test
    void findsGuidelinesIgnoringCaseAndAccents() {
        assertThat(slugs("/api/v1/guidelines?q=barri%C3%A8re")).containsExactly("leaky-gut");
        assertThat(slugs("/api/v1/guidelines?q=BARRIERE")).containsExactly("leaky-gut");
        assertThat(slugs("/api/v1/guidelines?q=lekkende%20darm")).containsExactly("leaky-gut");
        assertThat(slugs("/api/v1/guidelines?q=migraine")).isEmpty();
        assertThat(slugs("/api/v1/guidelines?nutrient=zink&minEvidence=2")).containsExactly("leaky-gut");
        assertThat(slugs("/api/v1/guidelines?nutrient=prebiotica&minEvidence=2")).isEmpty();
    }

    @Test
    void servesTheEvidenceScaleWithoutInventedNames() {
        JsonNode scale = api.get("/api/v1/evidence-levels").json();

        assertThat(scale.get("levels")).hasSize(2);
        assertThat(scale.get("levels").get(0).propertyNames()).containsExactlyInAnyOrder("level", "dots");
        assertThat(scale.get("legendAvailable").asBoolean()).isFalse();
    }

    @Test
    void answersEveryErrorKindWithAProblemDocument() {
        assertProblem(api.get("/api/v1/guidelines/unknown"), 404, "/problems/not-found");
        assertProblem(api.get("/api/v1/nothing-here"), 404, "/problems/not-found");
        assertProblem(api.get("/api/v1/guidelines?page=-1"), 400, "/problems/invalid-parameter");
        assertProblem(api.get("/api/v1/guidelines?size=100000"), 400, "/problems/invalid-parameter");
        assertProblem(api.get("/api/v1/guidelines?minEvidence=x"), 400, "/problems/invalid-parameter");
        assertProblem(api.get("/api/v1/guidelines/leaky-gut", "Accept", "application/xml"), 406, "/problems/not-acceptable");
        assertProblem(api.send("DELETE", "/api/v1/guidelines/leaky-gut"), 405, "/problems/method-not-allowed");
    }

    @Test
    void answersMalformedRequestsTheServletContainerRejectsWithAProblemDocument() {
        Response undecodable = api.rawGet("/api/v1/guidelines?q=%");
        assertThat(undecodable.status()).isEqualTo(400);
        assertThat(undecodable.header("Content-Type")).startsWith("application/problem+json");
        assertThat(undecodable.json().get("type").asString()).isEqualTo("/problems/invalid-parameter");
        assertThat(undecodable.json().get("errors").get(0).get("name").asString()).isEqualTo("q");

        Response badPath = api.rawGet("/api/v1/guidelines/%ZZ");
        assertThat(badPath.status()).isEqualTo(400);
        assertThat(badPath.header("Content-Type")).startsWith("application/problem+json");
        assertThat(badPath.json().get("status").asInt()).isEqualTo(400);

        Response error = api.get("/error");
        assertThat(error.status()).isEqualTo(404);
        assertThat(error.json().get("type").asString()).isEqualTo("/problems/not-found");
    }

    @Test
    void problemTypesResolveToTheirDescription() {
        String type = api.get("/api/v1/guidelines/unknown").json().get("type").asString();

        JsonNode description = api.get(type).json();
        assertThat(description.get("status").asInt()).isEqualTo(404);
        assertThat(description.get("description").asString()).isNotBlank();
        assertThat(api.get("/problems").json().size()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void servesSwaggerUi() {
        Response ui = api.get("/swagger-ui/index.html");

        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.text()).contains("swagger-ui");
        assertThat(api.get("/swagger-ui.html").status()).isIn(200, 302);
    }

    private List<String> slugs(String path) {
        Response response = api.get(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        List<String> slugs = new ArrayList<>();
        response.json().get("items").forEach(item -> slugs.add(item.get("slug").asString()));
        return slugs;
    }

    private static void assertProblem(Response response, int status, String type) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("type").asString()).isEqualTo(type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(problem.get("instance").asString()).startsWith("/api/v1/");
        assertThat(response.text()).doesNotContain("Exception", "\tat ", "trace");
    }
}
