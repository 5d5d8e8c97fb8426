package nl.supplementguidelines;

import nl.supplementguidelines.support.Eventually;
import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.PostgresApiTest;
import nl.supplementguidelines.support.ServedApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The API over real HTTP, run against each database the service supports (H2 and PostgreSQL): content, errors,
 * HTTP caching, request ids, security headers and CORS. Subclasses only choose the database. With the default
 * settings an edit is served by the next request on both (see ContentVersion).
 */
abstract class FullStackApiContract extends ServedApi {

    static final String ALLOWED_ORIGIN = PostgresApiTest.ALLOWED_ORIGIN;
    static final List<String> CONTENT_PATHS = List.of(
            "/api/v1/guidelines/leaky-gut",
            "/api/v1/guidelines/leaky-gut/recommendations",
            "/api/v1/guidelines",
            "/api/v1/guidelines?q=barriere",
            "/api/v1/guidelines?nutrient=zink&minEvidence=2",
            "/api/v1/nutrients",
            "/api/v1/nutrients/zink",
            "/api/v1/evidence-levels",
            "/problems/not-found");

    @Test
    void servesTheWholeLeakyGutGuidelineWithExactDoses() {
        Response response = http.get("/api/v1/guidelines/leaky-gut");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.header("Content-Language")).isEqualTo("nl");
        JsonNode guideline = response.json();
        assertThat(guideline.get("slug").asString()).isEqualTo("leaky-gut");
        JsonNode recommendations = guideline.get("recommendations");
        assertThat(recommendations).hasSize(7);
        assertThat(recommendations.get(0).get("dailyDose").get("minimum").decimalValue()).isEqualByComparingTo("1000000000");
        assertThat(recommendations.get(6).get("dailyDose").get("sourceText").asString()).isEqualTo("1.500-3.000 mg");
        assertThat(recommendations.get(6).get("dailyDose").get("maximum").decimalValue()).isEqualByComparingTo("3000");
    }

    @Test
    void listsAndFiltersGuidelines() {
        assertThat(http.get("/api/v1/guidelines?q=barriere").json().get("page").get("totalElements").asLong()).isEqualTo(1);
        assertThat(http.get("/api/v1/guidelines?q=LEKKENDE").json().get("items").get(0).get("slug").asString()).isEqualTo("leaky-gut");
        assertThat(http.get("/api/v1/guidelines?nutrient=zink&minEvidence=2").json().get("page").get("totalElements").asLong()).isEqualTo(1);
        assertThat(http.get("/api/v1/guidelines?nutrient=prebiotica&minEvidence=2").json().get("page").get("totalElements").asLong()).isZero();
    }

    @Test
    void looksUpWhereANutrientIsRecommended() {
        JsonNode zink = http.get("/api/v1/nutrients/zink").json();

        assertThat(zink.toString()).contains("leaky-gut").contains("15-20 mg");
        assertThat(http.get("/api/v1/guidelines/leaky-gut/recommendations").json().get("items").get(0).get("nutrient").get("slug").asString())
                .isEqualTo("probiotica");
        assertThat(http.get("/api/v1/evidence-levels").status()).isEqualTo(200);
    }

    @Test
    void answersAnUnknownSlugWithANotFoundProblemThatIsNotCacheable() {
        Response response = http.get("/api/v1/guidelines/unknown", "X-Request-Id", "trace-404");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("type").asString()).isEqualTo("/problems/not-found");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/guidelines/unknown");
        assertThat(problem.get("requestId").asString()).isEqualTo("trace-404");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(response.header("ETag")).isNull();
        assertThat(response.header("Last-Modified")).isNull();
    }

    @Test
    void answersABadParameterWithAProblemNamingIt() {
        Response response = http.get("/api/v1/guidelines?size=100000");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("name").asString()).isEqualTo("size");
        assertThat(response.json().get("requestId").asString()).isEqualTo(response.header("X-Request-Id"));
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void givesEveryGetRepresentationAStrongEtagLastModifiedAndCacheControl() {
        for (String path : CONTENT_PATHS) {
            Response response = http.get(path);

            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.header("ETag")).as(path).matches("\"[A-Za-z0-9_-]{22}\"");
            assertThat(ZonedDateTime.parse(response.header("Last-Modified"), DateTimeFormatter.RFC_1123_DATE_TIME)).as(path).isNotNull();
            assertThat(response.header("Cache-Control")).as(path).isEqualTo("public, max-age=120");
        }
    }

    @Test
    void answersAMatchingIfNoneMatchWithNotModified() {
        for (String path : CONTENT_PATHS) {
            String etag = http.get(path).header("ETag");

            Response exact = http.get(path, "If-None-Match", etag);
            Response inAList = http.get(path, "If-None-Match", "\"other\", W/" + etag);

            assertThat(exact.status()).as(path).isEqualTo(304);
            assertThat(exact.text()).isEmpty();
            assertThat(exact.header("ETag")).isEqualTo(etag);
            assertThat(exact.header("Cache-Control")).isEqualTo("public, max-age=120");
            assertThat(inAList.status()).as(path).isEqualTo(304);
        }
    }

    @Test
    void answersAnOtherEtagWithTheFullRepresentation() {
        Response response = http.get("/api/v1/guidelines/leaky-gut", "If-None-Match", "\"not-the-current-one\"");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("slug").asString()).isEqualTo("leaky-gut");
    }

    @Test
    void answersIfModifiedSinceByTheContentsLastModification() {
        String lastModified = http.get("/api/v1/nutrients/zink").header("Last-Modified");
        String before = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).minusSeconds(1));

        assertThat(http.get("/api/v1/nutrients/zink", "If-Modified-Since", lastModified).status()).isEqualTo(304);
        assertThat(http.get("/api/v1/nutrients/zink", "If-Modified-Since", before).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/nutrients/zink", "If-Modified-Since", "not a date").status()).isEqualTo(200);
        // If-None-Match wins over If-Modified-Since (RFC 9110): a different tag means the client's copy is not current.
        assertThat(http.get("/api/v1/nutrients/zink", "If-Modified-Since", lastModified, "If-None-Match", "\"x\"").status()).isEqualTo(200);
    }

    @Test
    void answersHeadWithTheHeadersOfGet() {
        Response get = http.get("/api/v1/guidelines?q=darm");
        Response head = http.send("HEAD", "/api/v1/guidelines?q=darm");
        Response firstHead = http.send("HEAD", "/api/v1/guidelines?q=permeabiliteit");
        Response getAfterHead = http.get("/api/v1/guidelines?q=permeabiliteit");

        assertThat(head.status()).isEqualTo(200);
        assertThat(head.text()).isEmpty();
        assertThat(head.header("ETag")).isEqualTo(get.header("ETag"));
        assertThat(head.header("Content-Length")).isEqualTo(String.valueOf(get.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
        assertThat(firstHead.header("ETag")).isEqualTo(getAfterHead.header("ETag"));
        assertThat(getAfterHead.text()).contains("leaky-gut");
    }

    @Test
    void echoesAWellFormedRequestIdAndReplacesOthers() {
        Response given = http.get("/api/v1/evidence-levels", "X-Request-Id", "client-4f2a:17");
        Response none = http.get("/api/v1/evidence-levels");
        Response tooLong = http.get("/api/v1/evidence-levels", "X-Request-Id", "a".repeat(129));
        Response badCharacters = http.get("/api/v1/evidence-levels", "X-Request-Id", "x\"<script>");

        assertThat(given.header("X-Request-Id")).isEqualTo("client-4f2a:17");
        assertThat(none.header("X-Request-Id")).matches("[0-9a-f]{32}");
        assertThat(tooLong.header("X-Request-Id")).matches("[0-9a-f]{32}");
        assertThat(badCharacters.header("X-Request-Id")).matches("[0-9a-f]{32}");
        assertThat(http.get("/api/v1/evidence-levels").header("X-Request-Id")).isNotEqualTo(none.header("X-Request-Id"));
    }

    @Test
    void sendsSecurityHeadersOnContentErrorsAndProbes() {
        for (String path : List.of("/api/v1/guidelines/leaky-gut", "/api/v1/guidelines/unknown", "/nowhere", "/readyz")) {
            Response response = http.get(path);

            assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(response.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
            assertThat(response.header("Content-Security-Policy")).as(path).contains("default-src 'none'");
            assertThat(response.header("X-Request-Id")).as(path).isNotBlank();
        }
    }

    @Test
    void allowsConfiguredBrowserOriginsOnly() {
        Response allowed = http.get("/api/v1/guidelines/leaky-gut", "Origin", ALLOWED_ORIGIN);
        Response preflight = http.send("OPTIONS", "/api/v1/guidelines/leaky-gut", "Origin", ALLOWED_ORIGIN,
                "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "if-none-match");
        Response other = http.get("/api/v1/guidelines/leaky-gut", "Origin", "https://elsewhere.example.com");

        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED_ORIGIN);
        assertThat(allowed.header("Access-Control-Expose-Headers")).contains("ETag").contains("X-Request-Id");
        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("GET");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void neverExposesTheH2Console() {
        assertThat(http.get("/h2-console").status()).isEqualTo(404);
        assertThat(http.get("/h2-console/login.jsp").status()).isEqualTo(404);
    }

    @Test
    void isReadyWithItsDatabase() {
        Response ready = http.get("/readyz");

        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().get("components").get("db").get("status").asString()).isEqualTo("UP");
        assertThat(http.get("/livez").status()).isEqualTo(200);
    }

    @Test
    void servesTheWholeLeakyGutGuidelineInDutch() {
        Response response = http.get("/api/v1/guidelines/leaky-gut");

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
        JsonNode guideline = http.get("/api/v1/guidelines/leaky-gut").json();
        String nutrientHref = guideline.get("recommendations").get(6).get("nutrient").get("href").asString();

        JsonNode lactoferrin = http.get(nutrientHref).json();
        assertThat(lactoferrin.get("name").asString()).isEqualTo("Lactoferrine");
        JsonNode usage = lactoferrin.get("recommendedIn").get(0);
        assertThat(usage.get("dailyDose").get("sourceText").asString()).isEqualTo("1.500-3.000 mg");
        assertThat(usage.get("evidence").get("level").asInt()).isEqualTo(1);

        String back = usage.get("guideline").get("href").asString();
        assertThat(http.get(back).json().get("slug").asString()).isEqualTo("leaky-gut");
        String recommendations = http.get(back).json().get("links").get("recommendations").asString();
        assertThat(http.get(recommendations).json().get("items")).hasSize(7);
    }

    @Test
    void pagesThroughNutrientsByFollowingNextLinks() {
        List<String> names = new ArrayList<>();
        String next = "/api/v1/nutrients?size=3";
        int pages = 0;
        while (next != null && pages++ < 10) {
            JsonNode page = http.get(next).json();
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
        JsonNode scale = http.get("/api/v1/evidence-levels").json();

        assertThat(scale.get("levels")).hasSize(2);
        assertThat(scale.get("levels").get(0).propertyNames()).containsExactlyInAnyOrder("level", "dots");
        assertThat(scale.get("legendAvailable").asBoolean()).isFalse();
    }

    @Test
    void answersEveryErrorKindWithAProblemDocument() {
        assertProblem(http.get("/api/v1/guidelines/unknown"), 404, "/problems/not-found");
        assertProblem(http.get("/api/v1/nothing-here"), 404, "/problems/not-found");
        assertProblem(http.get("/api/v1/guidelines?page=-1"), 400, "/problems/invalid-parameter");
        assertProblem(http.get("/api/v1/guidelines?size=100000"), 400, "/problems/invalid-parameter");
        assertProblem(http.get("/api/v1/guidelines?minEvidence=x"), 400, "/problems/invalid-parameter");
        assertProblem(http.get("/api/v1/guidelines/leaky-gut", "Accept", "application/xml"), 406, "/problems/not-acceptable");
        assertProblem(http.send("DELETE", "/api/v1/guidelines/leaky-gut"), 405, "/problems/method-not-allowed");
    }

    @Test
    void answersMalformedRequestsTheServletContainerRejectsWithAProblemDocument() {
        Response undecodable = http.rawGet("/api/v1/guidelines?q=%");
        assertThat(undecodable.status()).isEqualTo(400);
        assertThat(undecodable.header("Content-Type")).startsWith("application/problem+json");
        assertThat(undecodable.json().get("type").asString()).isEqualTo("/problems/invalid-parameter");
        assertThat(undecodable.json().get("errors").get(0).get("name").asString()).isEqualTo("q");

        Response badPath = http.rawGet("/api/v1/guidelines/%ZZ");
        assertThat(badPath.status()).isEqualTo(400);
        assertThat(badPath.header("Content-Type")).startsWith("application/problem+json");
        assertThat(badPath.json().get("status").asInt()).isEqualTo(400);

        Response error = http.get("/error");
        assertThat(error.status()).isEqualTo(404);
        assertThat(error.json().get("type").asString()).isEqualTo("/problems/not-found");
    }

    @Test
    void answersATransferEncodingTomcatDoesNotImplementWithANotImplementedProblem() {
        Response response = http.raw("GET /api/v1/guidelines HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: xchunked\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(response.status()).isEqualTo(501);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("/problems/not-implemented");
        assertThat(response.json().get("detail").asString()).contains("Transfer-Encoding");
        assertThat(http.get("/problems/not-implemented").json().get("status").asInt()).isEqualTo(501);
    }

    static Stream<String> refusingAcceptHeaders() {
        return Stream.of("foo", ";;;", "text/html;q=abc", "application/json;q=2", "application/json;q=0", "*/*;q=0",
                "application/json;q=0, */*");
    }

    /** The same 406 problem for GET (also when the representation is cached), POST and the problem types. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("refusingAcceptHeaders")
    void answersAMalformedOrRefusingAcceptHeaderWithANotAcceptableProblem(String accept) {
        assertThat(http.get("/api/v1/guidelines/leaky-gut").status()).isEqualTo(200);
        for (int i = 0; i < 2; i++) {
            assertNotAcceptable(http.get("/api/v1/guidelines/leaky-gut", "Accept", accept), "/api/v1/guidelines/leaky-gut");
            assertNotAcceptable(http.get("/problems/not-found", "Accept", accept), "/problems/not-found");
        }
        assertNotAcceptable(http.send("POST", "/api/v1/regimens", "Accept", accept, "Content-Type", "application/json"),
                "/api/v1/regimens");
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/livez", "/info", "/v3/api-docs", "/api/v1/nothing-here"})
    void answersAMalformedAcceptHeaderWithANotAcceptableProblemOnEveryPath(String path) {
        assertNotAcceptable(http.get(path, "Accept", "text/html;q=abc"), path);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedAcceptHeaders")
    void servesJsonToEveryAcceptHeaderThatAllowsIt(String accept) {
        for (int i = 0; i < 2; i++) {
            Response response = http.get("/api/v1/guidelines/leaky-gut", "Accept", accept);
            assertThat(response.status()).as(response.text()).isEqualTo(200);
            assertThat(response.header("Content-Type")).startsWith("application/json");
        }
    }

    static Stream<String> acceptedAcceptHeaders() {
        return Stream.of("*/*;q=0, application/json", "application/*+json", "text/html, application/json;q=0.1",
                "application/json;q=0.001", "application/*");
    }

    /** The document says integer: ASCII digits only, so Unicode digits, signs, hex and decimals are refused. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("nonIntegerParameters")
    void refusesAnIntegerParameterThatIsNotWrittenInAsciiDigits(String path, String parameter) {
        Response response = http.get(path);

        assertProblem(response, 400, "/problems/invalid-parameter");
        assertThat(response.json().get("errors").get(0).get("name").asString()).isEqualTo(parameter);
        assertThat(response.json().get("errors").get(0).get("message").asString()).isEqualTo("must be a whole number");
    }

    static Stream<Arguments> nonIntegerParameters() {
        return Stream.of(
                arguments("/api/v1/guidelines?page=%D9%A1", "page"),
                arguments("/api/v1/guidelines?page=%2B1", "page"),
                arguments("/api/v1/guidelines?page=+1", "page"),
                arguments("/api/v1/guidelines?page=0x1", "page"),
                arguments("/api/v1/guidelines?page=%231", "page"),
                arguments("/api/v1/guidelines?page=1.0", "page"),
                arguments("/api/v1/guidelines?page=%201", "page"),
                arguments("/api/v1/guidelines?page=99999999999", "page"),
                arguments("/api/v1/guidelines?size=%EF%BC%91%EF%BC%90", "size"),
                arguments("/api/v1/guidelines?minEvidence=%D9%A2", "minEvidence"),
                arguments("/api/v1/nutrients?page=%D9%A1", "page"),
                arguments("/api/v1/nutrients?size=0x10", "size"),
                arguments("/api/v1/interactions/%D9%A1", "row"),
                arguments("/api/v1/interactions/0x1", "row"));
    }

    @Test
    void readsIntegerParametersWrittenInAsciiDigits() {
        assertThat(http.get("/api/v1/guidelines?page=0&size=010&minEvidence=2").json().get("page").get("size").asInt()).isEqualTo(10);
        assertThat(http.get("/api/v1/interactions/1").status()).isEqualTo(200);
        assertThat(http.get("/api/v1/guidelines?page=-1").json().get("errors").get(0).get("message").asString())
                .isEqualTo("must be greater than or equal to 0");
    }

    /** Lengths count code points, as the document's maxLength does: 100 emoji are 100 characters, not 200. */
    @Test
    void countsQueryLengthsInCodePoints() {
        String emoji = "%F0%9F%98%80";
        assertThat(http.get("/api/v1/guidelines?q=" + emoji.repeat(100)).status()).isEqualTo(200);
        Response tooLong = http.get("/api/v1/guidelines?q=" + emoji.repeat(101));
        assertProblem(tooLong, 400, "/problems/invalid-parameter");
        assertThat(tooLong.json().get("errors").get(0).get("message").asString()).isEqualTo("size must be between 1 and 100");
        assertThat(tooLong.json().get("errors").get(0).get("rejectedValue").asString()).isEqualTo("\uD83D\uDE00".repeat(100) + "…");

        // The limit the server applies is the one the document states (springdoc still renders @Size).
        JsonNode parameters = http.get("/v3/api-docs").json().get("paths").get("/api/v1/guidelines").get("get").get("parameters");
        assertThat(parameters).filteredOn(parameter -> parameter.get("name").asString().equals("q"))
                .singleElement().satisfies(q -> assertThat(q.get("schema").get("maxLength").asInt()).isEqualTo(100));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherLanguages")
    void givesValidationMessagesInEnglishWhateverLanguageIsAsked(String language) {
        Response response = http.get("/api/v1/guidelines?size=0", "Accept-Language", language);

        assertProblem(response, 400, "/problems/invalid-parameter");
        assertThat(response.json().get("errors").get(0).get("message").asString()).isEqualTo("must be greater than or equal to 1");
        assertThat(response.json().get("detail").asString()).isEqualTo("'size' must be greater than or equal to 1.");
    }

    static Stream<String> otherLanguages() {
        return Stream.of("fr", "de", "nl", "nl-NL, nl;q=0.9", "en");
    }

    private static void assertNotAcceptable(Response response, String instance) {
        assertThat(response.status()).as(response.text()).isEqualTo(406);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        JsonNode problem = response.json();
        assertThat(problem.get("type").asString()).isEqualTo("/problems/not-acceptable");
        assertThat(problem.get("status").asInt()).isEqualTo(406);
        assertThat(problem.get("detail").asString()).contains("Accept", "application/json");
        assertThat(problem.get("instance").asString()).isEqualTo(instance);
    }

    @Test
    void problemTypesResolveToTheirDescription() {
        String type = http.get("/api/v1/guidelines/unknown").json().get("type").asString();

        JsonNode description = http.get(type).json();
        assertThat(description.get("status").asInt()).isEqualTo(404);
        assertThat(description.get("description").asString()).isNotBlank();
        assertThat(http.get("/problems").json().size()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void servesSwaggerUi() {
        Response ui = http.get("/swagger-ui/index.html");

        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.text()).contains("swagger-ui");
        assertThat(http.get("/swagger-ui.html").status()).isIn(200, 302);
    }

    /**
     * An edit made with SQL straight in the database while the API runs, to a table other than guideline. Before the
     * edit the representation contains {@code marker} exactly when {@code removesMarker}; {@code undo} restores the
     * migrated content.
     */
    record DirectEdit(String table, String path, String edit, String undo, String marker, boolean removesMarker) {
        @Override
        public String toString() {
            return table;
        }
    }

    static Stream<DirectEdit> directEdits() {
        String leakyGut = "(select id from guideline where slug = 'leaky-gut')";
        return Stream.of(
                new DirectEdit("recommendation (dose)", "/api/v1/guidelines/leaky-gut",
                        "update recommendation set dose_maximum = 25, dose_source_text = '15-25 mg' where nutrient_id = (select id from nutrient where slug = 'zink')",
                        "update recommendation set dose_maximum = 20, dose_source_text = '15-20 mg' where nutrient_id = (select id from nutrient where slug = 'zink')",
                        "15-25 mg", false),
                new DirectEdit("recommendation_effect", "/api/v1/guidelines/leaky-gut/recommendations",
                        "update recommendation_effect set text = text || ' (direct edit)' where position = 1 and recommendation_id = (select id from recommendation where position = 1 and guideline_id = " + leakyGut + ")",
                        "update recommendation_effect set text = replace(text, ' (direct edit)', '') where position = 1 and recommendation_id = (select id from recommendation where position = 1 and guideline_id = " + leakyGut + ")",
                        "(direct edit)", false),
                new DirectEdit("attention_point", "/api/v1/guidelines/leaky-gut",
                        "update attention_point set text = text || ' (direct edit)' where position = 1 and guideline_id = " + leakyGut,
                        "update attention_point set text = replace(text, ' (direct edit)', '') where position = 1 and guideline_id = " + leakyGut,
                        "(direct edit)", false),
                new DirectEdit("guideline_cause (insert)", "/api/v1/guidelines/leaky-gut",
                        "insert into guideline_cause (guideline_id, position, text) values (" + leakyGut + ", 6, 'cause added by a direct edit')",
                        "delete from guideline_cause where position = 6 and guideline_id = " + leakyGut,
                        "cause added by a direct edit", false),
                new DirectEdit("related_condition_example (delete)", "/api/v1/guidelines/leaky-gut",
                        "delete from related_condition_example where name = 'type 1 diabetes'",
                        "insert into related_condition_example (related_condition_id, position, name) values ((select id from related_condition where position = 8 and guideline_id = " + leakyGut + "), 3, 'type 1 diabetes')",
                        "type 1 diabetes", true),
                new DirectEdit("nutrient", "/api/v1/nutrients/zink",
                        "update nutrient set name = 'Zink (direct edit)' where slug = 'zink'",
                        "update nutrient set name = 'Zink' where slug = 'zink'",
                        "Zink (direct edit)", false),
                new DirectEdit("reference_intake_level", "/api/v1/nutrients/zink",
                        "update reference_intake_level set citation = citation || ' (direct edit)' where position = 4",
                        "update reference_intake_level set citation = replace(citation, ' (direct edit)', '') where position = 4",
                        "(direct edit)", false),
                new DirectEdit("interaction", "/api/v1/interactions/1",
                        "update interaction set advice = advice || ' (direct edit)' where position = 1",
                        "update interaction set advice = replace(advice, ' (direct edit)', '') where position = 1",
                        "(direct edit)", false),
                new DirectEdit("interaction_source", "/api/v1/interactions/1",
                        "update interaction_source set citation = citation || ' (direct edit)' where code = 'ODS-Zn'",
                        "update interaction_source set citation = replace(citation, ' (direct edit)', '') where code = 'ODS-Zn'",
                        "(direct edit)", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("directEdits")
    void servesAnEditMadeDirectlyInTheDatabaseWithNewBytesAndANewEtag(DirectEdit edit) {
        Response before = http.get(edit.path());
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.text().contains(edit.marker())).isEqualTo(edit.removesMarker());
        assertThat(http.get(edit.path(), "If-None-Match", before.header("ETag")).status()).as("cached before the edit").isEqualTo(304);
        List<String> guidelines = guidelineRows();

        Instant editedAt = Instant.now();
        try {
            assertThat(jdbc.sql(edit.edit()).update()).isPositive();
            // Nothing tells the API about the edit: no guideline row (and so no guideline last_modified) changes.
            assertThat(guidelineRows()).isEqualTo(guidelines);

            Response after = Eventually.get(http, answer -> answer.status() != 304, edit.path(), "If-None-Match", before.header("ETag"));

            assertThat(after.status()).isEqualTo(200);
            assertThat(after.text().contains(edit.marker())).isNotEqualTo(edit.removesMarker());
            assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
            assertThat(httpDate(after.header("Last-Modified")))
                    .isBetween(editedAt.truncatedTo(ChronoUnit.SECONDS), Instant.now())
                    .isAfterOrEqualTo(httpDate(before.header("Last-Modified")));
        } finally {
            jdbc.sql(edit.undo()).update();
        }
        Response undone = Eventually.get(http, answer -> answer.text().equals(before.text()), edit.path());
        assertThat(undone.text()).isEqualTo(before.text());
        assertThat(undone.header("ETag")).isEqualTo(before.header("ETag"));
    }

    @Test
    void aDeletionThatLeavesAGapInAnOrderedListServesTheRestInOrder() {
        String crohn = "(select c.id from related_condition c join guideline g on g.id = c.guideline_id"
                + " where g.slug = 'leaky-gut' and c.position = 8)";
        try {
            assertThat(jdbc.sql("delete from related_condition_example where name = 'coeliakie'").update()).isEqualTo(1);

            Response after = Eventually.get(http, answer -> !answer.text().contains("coeliakie"), "/api/v1/guidelines/leaky-gut");

            assertThat(after.status()).isEqualTo(200);
            assertThat(after.text()).doesNotContain("coeliakie");
            assertThat(after.text().indexOf("Ziekte van Crohn")).isPositive().isLessThan(after.text().indexOf("type 1 diabetes"));
        } finally {
            jdbc.sql("insert into related_condition_example (related_condition_id, position, name) values (" + crohn + ", 2, 'coeliakie')").update();
        }
        assertThat(Eventually.get(http, answer -> answer.text().contains("coeliakie"), "/api/v1/guidelines/leaky-gut").text())
                .contains("\"Ziekte van Crohn\",\"coeliakie\",\"type 1 diabetes\"");
    }

    @Test
    void twoEditsWithinOneSecondGetTheirOwnEtagsAndIfNoneMatchDecides() {
        String path = "/api/v1/nutrients/zink";
        try {
            jdbc.sql("update nutrient set name = 'Zink (first edit)' where slug = 'zink'").update();
            Response first = Eventually.get(http, answer -> answer.text().contains("Zink (first edit)"), path);
            jdbc.sql("update nutrient set name = 'Zink (second edit)' where slug = 'zink'").update();
            Response second = Eventually.get(http, answer -> answer.text().contains("Zink (second edit)"), path);

            assertThat(second.text()).contains("Zink (second edit)");
            assertThat(second.header("ETag")).isNotEqualTo(first.header("ETag"));
            assertThat(httpDate(second.header("Last-Modified"))).isAfterOrEqualTo(httpDate(first.header("Last-Modified")));
            // Both edits may fall in one second and so share a Last-Modified; the strong ETag still tells them apart,
            // and If-None-Match takes precedence over If-Modified-Since (RFC 9110, 13.2.2).
            assertThat(http.get(path, "If-None-Match", first.header("ETag"), "If-Modified-Since", second.header("Last-Modified")).status())
                    .isEqualTo(200);
            assertThat(http.get(path, "If-None-Match", second.header("ETag"), "If-Modified-Since", first.header("Last-Modified")).status())
                    .isEqualTo(304);
        } finally {
            jdbc.sql("update nutrient set name = 'Zink' where slug = 'zink'").update();
            // The next test must not meet the edit still cached (plain SQL arrives by notification on PostgreSQL).
            Eventually.get(http, answer -> answer.json().path("name").asString().equals("Zink"), path);
        }
    }

    @Test
    void neverSendsALastModifiedLaterThanTheAnswer() {
        OffsetDateTime changedAt = jdbc.sql("select changed_at from content_revision where id = 1").query(OffsetDateTime.class).single();
        try {
            // As if the database's clock ran an hour ahead of the API's when the content last changed.
            jdbc.sql("update content_revision set changed_at = ? where id = 1").param(changedAt.plusHours(1)).update();

            Response response = http.get("/api/v1/evidence-levels");

            assertThat(response.status()).isEqualTo(200);
            assertThat(httpDate(response.header("Last-Modified"))).isBeforeOrEqualTo(httpDate(response.header("Date")));
        } finally {
            jdbc.sql("update content_revision set changed_at = ? where id = 1").param(changedAt).update();
        }
    }

    private List<String> guidelineRows() {
        return jdbc.sql("select id, title, last_modified from guideline order by id")
                .query((rs, row) -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getObject(3, OffsetDateTime.class).toInstant())
                .list();
    }

    private static Instant httpDate(String value) {
        return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    private List<String> slugs(String path) {
        Response response = http.get(path);
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
