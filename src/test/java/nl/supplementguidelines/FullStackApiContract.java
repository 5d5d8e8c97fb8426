package nl.supplementguidelines;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static nl.supplementguidelines.RealHttp.header;
import static nl.supplementguidelines.RealHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API over real HTTP, run against each database the service supports (H2 and PostgreSQL): content, errors,
 * HTTP caching, request ids, security headers and CORS. Subclasses only choose the database.
 */
abstract class FullStackApiContract {

    static final String ALLOWED_ORIGIN = "https://app.example.org";
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

    @LocalServerPort
    int port;

    RealHttp http;

    @BeforeEach
    void connect() {
        http = new RealHttp(port);
    }

    @Test
    void servesTheWholeLeakyGutGuidelineWithExactDoses() {
        HttpResponse<String> response = http.get("/api/v1/guidelines/leaky-gut");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Content-Type")).startsWith("application/json");
        assertThat(header(response, "Content-Language")).isEqualTo("nl");
        JsonNode guideline = json(response);
        assertThat(guideline.get("slug").asString()).isEqualTo("leaky-gut");
        JsonNode recommendations = guideline.get("recommendations");
        assertThat(recommendations).hasSize(7);
        assertThat(recommendations.get(0).get("dailyDose").get("minimum").decimalValue()).isEqualByComparingTo("1000000000");
        assertThat(recommendations.get(6).get("dailyDose").get("sourceText").asString()).isEqualTo("1.500-3.000 mg");
        assertThat(recommendations.get(6).get("dailyDose").get("maximum").decimalValue()).isEqualByComparingTo("3000");
    }

    @Test
    void listsAndFiltersGuidelines() {
        assertThat(json(http.get("/api/v1/guidelines?q=barriere")).get("page").get("totalElements").asLong()).isEqualTo(1);
        assertThat(json(http.get("/api/v1/guidelines?q=LEKKENDE")).get("items").get(0).get("slug").asString()).isEqualTo("leaky-gut");
        assertThat(json(http.get("/api/v1/guidelines?nutrient=zink&minEvidence=2")).get("page").get("totalElements").asLong()).isEqualTo(1);
        assertThat(json(http.get("/api/v1/guidelines?nutrient=prebiotica&minEvidence=2")).get("page").get("totalElements").asLong()).isZero();
    }

    @Test
    void looksUpWhereANutrientIsRecommended() {
        JsonNode zink = json(http.get("/api/v1/nutrients/zink"));

        assertThat(zink.toString()).contains("leaky-gut").contains("15-20 mg");
        assertThat(json(http.get("/api/v1/guidelines/leaky-gut/recommendations")).get("items").get(0).get("nutrient").get("slug").asString())
                .isEqualTo("probiotica");
        assertThat(http.get("/api/v1/evidence-levels").statusCode()).isEqualTo(200);
    }

    @Test
    void answersAnUnknownSlugWithANotFoundProblemThatIsNotCacheable() {
        HttpResponse<String> response = http.get("/api/v1/guidelines/unknown", "X-Request-Id", "trace-404");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(header(response, "Content-Type")).startsWith("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("type").asString()).isEqualTo("/problems/not-found");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/guidelines/unknown");
        assertThat(problem.get("requestId").asString()).isEqualTo("trace-404");
        assertThat(header(response, "Cache-Control")).isEqualTo("no-store");
        assertThat(header(response, "ETag")).isNull();
        assertThat(header(response, "Last-Modified")).isNull();
    }

    @Test
    void answersABadParameterWithAProblemNamingIt() {
        HttpResponse<String> response = http.get("/api/v1/guidelines?size=100000");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("errors").get(0).get("name").asString()).isEqualTo("size");
        assertThat(json(response).get("requestId").asString()).isEqualTo(header(response, "X-Request-Id"));
        assertThat(header(response, "Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void givesEveryGetRepresentationAStrongEtagLastModifiedAndCacheControl() {
        for (String path : CONTENT_PATHS) {
            HttpResponse<String> response = http.get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(header(response, "ETag")).as(path).matches("\"[A-Za-z0-9_-]{22}\"");
            assertThat(ZonedDateTime.parse(header(response, "Last-Modified"), DateTimeFormatter.RFC_1123_DATE_TIME)).as(path).isNotNull();
            assertThat(header(response, "Cache-Control")).as(path).isEqualTo("public, max-age=120");
        }
    }

    @Test
    void answersAMatchingIfNoneMatchWithNotModified() {
        for (String path : CONTENT_PATHS) {
            String etag = header(http.get(path), "ETag");

            HttpResponse<String> exact = http.get(path, "If-None-Match", etag);
            HttpResponse<String> inAList = http.get(path, "If-None-Match", "\"other\", W/" + etag);

            assertThat(exact.statusCode()).as(path).isEqualTo(304);
            assertThat(exact.body()).isEmpty();
            assertThat(header(exact, "ETag")).isEqualTo(etag);
            assertThat(header(exact, "Cache-Control")).isEqualTo("public, max-age=120");
            assertThat(inAList.statusCode()).as(path).isEqualTo(304);
        }
    }

    @Test
    void answersAnOtherEtagWithTheFullRepresentation() {
        HttpResponse<String> response = http.get("/api/v1/guidelines/leaky-gut", "If-None-Match", "\"not-the-current-one\"");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("slug").asString()).isEqualTo("leaky-gut");
    }

    @Test
    void answersIfModifiedSinceByTheContentsLastModification() {
        String lastModified = header(http.get("/api/v1/nutrients/zink"), "Last-Modified");
        String before = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).minusSeconds(1));

        assertThat(http.get("/api/v1/nutrients/zink", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(http.get("/api/v1/nutrients/zink", "If-Modified-Since", before).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/nutrients/zink", "If-Modified-Since", "not a date").statusCode()).isEqualTo(200);
        // If-None-Match wins over If-Modified-Since (RFC 9110): a different tag means the client's copy is not current.
        assertThat(http.get("/api/v1/nutrients/zink", "If-Modified-Since", lastModified, "If-None-Match", "\"x\"").statusCode()).isEqualTo(200);
    }

    @Test
    void answersHeadWithTheHeadersOfGet() {
        HttpResponse<String> get = http.get("/api/v1/guidelines?q=darm");
        HttpResponse<String> head = http.send("HEAD", "/api/v1/guidelines?q=darm");
        HttpResponse<String> firstHead = http.send("HEAD", "/api/v1/guidelines?q=permeabiliteit");
        HttpResponse<String> getAfterHead = http.get("/api/v1/guidelines?q=permeabiliteit");

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(header(head, "ETag")).isEqualTo(header(get, "ETag"));
        assertThat(header(head, "Content-Length")).isEqualTo(String.valueOf(get.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
        assertThat(header(firstHead, "ETag")).isEqualTo(header(getAfterHead, "ETag"));
        assertThat(getAfterHead.body()).contains("leaky-gut");
    }

    @Test
    void echoesAWellFormedRequestIdAndReplacesOthers() {
        HttpResponse<String> given = http.get("/api/v1/evidence-levels", "X-Request-Id", "client-4f2a:17");
        HttpResponse<String> none = http.get("/api/v1/evidence-levels");
        HttpResponse<String> tooLong = http.get("/api/v1/evidence-levels", "X-Request-Id", "a".repeat(129));
        HttpResponse<String> badCharacters = http.get("/api/v1/evidence-levels", "X-Request-Id", "x\"<script>");

        assertThat(header(given, "X-Request-Id")).isEqualTo("client-4f2a:17");
        assertThat(header(none, "X-Request-Id")).matches("[0-9a-f]{32}");
        assertThat(header(tooLong, "X-Request-Id")).matches("[0-9a-f]{32}");
        assertThat(header(badCharacters, "X-Request-Id")).matches("[0-9a-f]{32}");
        assertThat(header(http.get("/api/v1/evidence-levels"), "X-Request-Id")).isNotEqualTo(header(none, "X-Request-Id"));
    }

    @Test
    void sendsSecurityHeadersOnContentErrorsAndProbes() {
        for (String path : List.of("/api/v1/guidelines/leaky-gut", "/api/v1/guidelines/unknown", "/nowhere", "/readyz")) {
            HttpResponse<String> response = http.get(path);

            assertThat(header(response, "X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(header(response, "X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(header(response, "Referrer-Policy")).as(path).isEqualTo("no-referrer");
            assertThat(header(response, "Content-Security-Policy")).as(path).contains("default-src 'none'");
            assertThat(header(response, "X-Request-Id")).as(path).isNotBlank();
        }
    }

    @Test
    void allowsConfiguredBrowserOriginsOnly() {
        HttpResponse<String> allowed = http.get("/api/v1/guidelines/leaky-gut", "Origin", ALLOWED_ORIGIN);
        HttpResponse<String> preflight = http.send("OPTIONS", "/api/v1/guidelines/leaky-gut", "Origin", ALLOWED_ORIGIN,
                "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "if-none-match");
        HttpResponse<String> other = http.get("/api/v1/guidelines/leaky-gut", "Origin", "https://elsewhere.example.com");

        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(header(allowed, "Access-Control-Allow-Origin")).isEqualTo(ALLOWED_ORIGIN);
        assertThat(header(allowed, "Access-Control-Expose-Headers")).contains("ETag").contains("X-Request-Id");
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(header(preflight, "Access-Control-Allow-Methods")).contains("GET");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(header(other, "Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void neverExposesTheH2Console() {
        assertThat(http.get("/h2-console").statusCode()).isEqualTo(404);
        assertThat(http.get("/h2-console/login.jsp").statusCode()).isEqualTo(404);
    }

    @Test
    void isReadyWithItsDatabase() {
        HttpResponse<String> ready = http.get("/readyz");

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(json(ready).get("components").get("db").get("status").asString()).isEqualTo("UP");
        assertThat(http.get("/livez").statusCode()).isEqualTo(200);
    }
}
