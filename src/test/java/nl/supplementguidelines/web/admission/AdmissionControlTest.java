package nl.supplementguidelines.web.admission;

import nl.supplementguidelines.support.ApiTest;
import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.Http.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hostile request bodies, over real HTTP: each gets a small 4xx problem naming what was wrong, at the cost of one check,
 * never a 500, a huge answer or work per element of an oversized list.
 */
@ApiTest
class AdmissionControlTest {

    private static final int SMALL_ANSWER = 2_000;

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper jsonMapper;

    Http http;

    @BeforeEach
    void connect() {
        http = new Http(port);
    }

    private static String blanks(int count) {
        return String.join(",", Collections.nCopies(count, "\"\""));
    }

    private static String intakes(int count, String intake) {
        return String.join(",", Collections.nCopies(count, intake));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/dose-checks|{\"guidelines\":[#],\"intakes\":[{\"nutrient\":\"zink\",\"dose\":\"30 mg\"}]}|guidelines|size must be between 1 and 10",
            "/api/v1/regimens|{\"guidelines\":[#]}|guidelines|size must be between 1 and 10",
            "/api/v1/interaction-checks|{\"medicines\":[#],\"nutrients\":[\"zink\"]}|medicines|size must be between 1 and 20",
            "/api/v1/interaction-checks|{\"medicines\":[\"statins\"],\"regimen\":{\"guidelines\":[#]}}|regimen.guidelines|size must be between 1 and 10"})
    void aListOf20000BlankStringsGetsOneErrorNamingTheListAndItsLimit(String path, String template, String list, String message) {
        String body = template.replace("#", blanks(20_000));
        assertThat(body.length()).as("under the body limit, so validation has to stop it").isLessThan(64 * 1024);

        Response response = http.post(path, body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.text().length()).isLessThan(SMALL_ANSWER);
        JsonNode problem = response.json();
        assertThat(problem.get("type").asString()).isEqualTo("/problems/invalid-request-body");
        assertThat(problem.get("errors")).hasSize(1);
        assertThat(problem.get("errors").get(0).get("name").asString()).isEqualTo(list);
        assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo(message);
        assertThat(problem.get("errors").get(0).get("rejectedValue").asString()).isEqualTo("a list of 20000 items");
        assertThat(problem.has("errorsOmitted")).isFalse();
    }

    @Test
    void twentyThousandEmptyIntakesGetOneErrorNamingTheList() {
        String body = "{\"guidelines\":[\"leaky-gut\"],\"intakes\":[" + intakes(20_000, "{}") + "]}";

        Response response = http.post("/api/v1/dose-checks", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text().length()).isLessThan(SMALL_ANSWER);
        JsonNode errors = response.json().get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("name").asString()).isEqualTo("intakes");
        assertThat(errors.get(0).get("message").asString()).isEqualTo("size must be between 1 and 50");
    }

    @Test
    void listsTheFirst20ErrorsAndCountsTheRest() {
        String body = "{\"guidelines\":[\"leaky-gut\"],\"intakes\":[" + intakes(50, "{\"nutrient\":\"\",\"dose\":\"30 mg\"}") + "]}";

        Response response = http.post("/api/v1/dose-checks", body);

        assertThat(response.status()).isEqualTo(400);
        JsonNode problem = response.json();
        assertThat(problem.get("errors")).hasSize(20);
        assertThat(problem.get("errorsOmitted").asInt()).isEqualTo(30);
        assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("must not be blank");
        assertThat(problem.get("detail").asString()).contains("must not be blank").endsWith("; and 30 more (not listed).");
        assertThat(response.text().length()).isLessThan(4 * SMALL_ANSWER);
    }

    @Test
    void fiftyThousandIntakesIn2MegabytesAreRefusedByTheirLengthWithAContentTooLargeProblem() {
        String body = "{\"guidelines\":[\"leaky-gut\"],\"intakes\":[" + intakes(50_000, "{\"nutrient\":\"zink\",\"dose\":\"30 mg\"}") + "]}";
        assertThat(body.length()).isGreaterThan(1_500_000);

        Response response = http.post("/api/v1/dose-checks", body);

        assertContentTooLarge(response);
    }

    @Test
    void aDeclared19MegabyteBodyIsRefusedBeforeItIsSent() {
        byte[] start = "{\"guidelines\":[\"leaky-gut\"],\"intakes\":[{\"nutrient\":\"".getBytes(StandardCharsets.UTF_8);

        Response response = http.rawPost("/api/v1/dose-checks", 19_000_000L, List.of(start));

        assertContentTooLarge(response);
    }

    @Test
    void aChunkedBodyWithA19MegabyteStringFailsAtTheLimit() {
        Response response = http.rawPost("/api/v1/dose-checks", -1, nineteenMegabyteString());

        assertContentTooLarge(response);
    }

    @Test
    void aChunkedBodyUnderTheLimitIsServed() {
        byte[] body = "{\"guidelines\":[\"leaky-gut\"],\"intakes\":[{\"nutrient\":\"zink\",\"dose\":\"30 mg\"}]}".getBytes(StandardCharsets.UTF_8);
        List<byte[]> parts = List.of(java.util.Arrays.copyOfRange(body, 0, 20), java.util.Arrays.copyOfRange(body, 20, body.length));

        Response response = http.rawPost("/api/v1/dose-checks", -1, parts);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("results")).hasSize(1);
    }

    @Test
    void deepNestingIsAMalformedBodyNamingTheDepthLimit() {
        // Under a property the request does not have, which the reader skips token by token: only depth stops it.
        String body = "{\"extra\":" + "[".repeat(5_000) + "]".repeat(5_000) + ",\"guidelines\":[\"leaky-gut\"]}";

        Response response = http.post("/api/v1/regimens", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text().length()).isLessThan(SMALL_ANSWER);
        JsonNode problem = response.json();
        assertThat(problem.get("type").asString()).isEqualTo("/problems/malformed-request-body");
        assertThat(problem.get("detail").asString()).contains("deeper than 16 levels");
    }

    @Test
    void theApplicationsJsonReaderHasTheLimitsOfTheConfiguration() {
        assertThatThrownBy(() -> jsonMapper.readTree("[".repeat(17) + "]".repeat(17)))
                .isInstanceOf(StreamConstraintsException.class);
        assertThat(jsonMapper.readTree("[".repeat(16) + "]".repeat(16)).isArray()).isTrue();
        assertThatThrownBy(() -> jsonMapper.readTree("\"" + "a".repeat(65_537) + "\""))
                .isInstanceOf(StreamConstraintsException.class);
        assertThatThrownBy(() -> jsonMapper.readTree("1" + "0".repeat(50)))
                .isInstanceOf(StreamConstraintsException.class);
    }

    @Test
    void aHugeNumberIsAMalformedBodyNamingTheLengthLimit() {
        String body = "{\"guidelines\":[\"leaky-gut\"],\"intakes\":[{\"nutrient\":\"zink\",\"amount\":1" + "0".repeat(50_000) + ",\"unit\":\"mg\"}]}";

        Response response = http.post("/api/v1/dose-checks", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text().length()).isLessThan(SMALL_ANSWER);
        JsonNode problem = response.json();
        assertThat(problem.get("type").asString()).isEqualTo("/problems/malformed-request-body");
        assertThat(problem.get("detail").asString()).contains("a number longer than 50 characters");
    }

    private static Iterable<byte[]> nineteenMegabyteString() {
        List<byte[]> parts = new ArrayList<>();
        parts.add("{\"guidelines\":[\"leaky-gut\"],\"intakes\":[{\"nutrient\":\"".getBytes(StandardCharsets.UTF_8));
        byte[] letters = "a".repeat(8192).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 19_000_000 / letters.length; i++) {
            parts.add(letters);
        }
        parts.add("\",\"dose\":\"30 mg\"}]}".getBytes(StandardCharsets.UTF_8));
        return parts;
    }

    private static void assertContentTooLarge(Response response) {
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.text().length()).isLessThan(SMALL_ANSWER);
        JsonNode problem = response.json();
        assertThat(problem.get("type").asString()).isEqualTo("/problems/content-too-large");
        assertThat(problem.get("status").asInt()).isEqualTo(413);
        assertThat(problem.get("detail").asString()).contains("at most 65536 bytes (64 KB)");
        assertThat(problem.get("maxBodySize").asLong()).isEqualTo(65_536);
    }
}
