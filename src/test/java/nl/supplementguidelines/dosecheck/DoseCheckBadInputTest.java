package nl.supplementguidelines.dosecheck;

import nl.supplementguidelines.support.ApiTest;
import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.Http.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every kind of bad input to POST /api/v1/dose-checks gives a 400 or 422 problem naming the field, never a 500. */
@ApiTest
class DoseCheckBadInputTest {

    @LocalServerPort
    int port;

    private static String intake(String fields) {
        return "{\"guidelines\":[\"leaky-gut\"],\"intakes\":[" + fields + "]}";
    }

    private static String intakes(int count) {
        return "{\"guidelines\":[\"leaky-gut\"],\"intakes\":[" + IntStream.range(0, count)
                .mapToObj(i -> "{\"nutrient\":\"zink\",\"amount\":1,\"unit\":\"mg\"}").collect(Collectors.joining(",")) + "]}";
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                arguments("malformed JSON", "{\"guidelines\":", 400, "malformed-request-body", null, null),
                arguments("not an object", "[]", 400, "malformed-request-body", null, null),
                arguments("missing guidelines", "{\"intakes\":[{\"nutrient\":\"zink\",\"amount\":1,\"unit\":\"mg\"}]}", 400, "invalid-request-body", "guidelines", "must not be null"),
                arguments("missing intakes", "{\"guidelines\":[\"leaky-gut\"]}", 400, "invalid-request-body", "intakes", "must not be null"),
                arguments("empty intakes", intake(""), 400, "invalid-request-body", "intakes", "size must be between 1 and 50"),
                arguments("too many intakes", intakes(51), 400, "invalid-request-body", "intakes", "size must be between 1 and 50"),
                arguments("empty guidelines", "{\"guidelines\":[],\"intakes\":[{\"nutrient\":\"zink\",\"amount\":1,\"unit\":\"mg\"}]}", 400, "invalid-request-body", "guidelines", "size must be between 1 and 10"),
                arguments("null intake", intake("null"), 400, "invalid-request-body", "intakes[0]", "must not be null"),
                arguments("intakes not a list", "{\"guidelines\":[\"leaky-gut\"],\"intakes\":\"zink\"}", 400, "malformed-request-body", "intakes", "must be an array"),
                arguments("missing nutrient", intake("{\"amount\":1,\"unit\":\"mg\"}"), 400, "invalid-request-body", "intakes[0].nutrient", "must not be blank"),
                arguments("zero amount", intake("{\"nutrient\":\"zink\",\"amount\":0,\"unit\":\"mg\"}"), 400, "invalid-request-body", "intakes[0].amount", "must be greater than 0"),
                arguments("negative amount", intake("{\"nutrient\":\"zink\",\"amount\":-5,\"unit\":\"mg\"}"), 400, "invalid-request-body", "intakes[0].amount", "must be greater than 0"),
                arguments("absurdly large amount", intake("{\"nutrient\":\"zink\",\"amount\":1e400,\"unit\":\"mg\"}"), 400, "invalid-request-body", "intakes[0].amount", "must be less than or equal to 1000000000000000"),
                arguments("huge exponent", intake("{\"nutrient\":\"zink\",\"amount\":1e999999999,\"unit\":\"mg\"}"), 400, "invalid-request-body", "intakes[0].amount", "must be less than or equal to 1000000000000000"),
                arguments("tiny exponent", intake("{\"nutrient\":\"zink\",\"amount\":1e-999999999,\"unit\":\"mg\"}"), 400, "invalid-request-body", "intakes[0].amount", "numeric value out of bounds"),
                arguments("intake not an object", intake("5"), 400, "malformed-request-body", "intakes[0]", "must be an object"),
                arguments("too many decimals", intake("{\"nutrient\":\"zink\",\"amount\":0.0000000001,\"unit\":\"mg\"}"), 400, "invalid-request-body", "intakes[0].amount", "numeric value out of bounds"),
                arguments("non-numeric amount", intake("{\"nutrient\":\"zink\",\"amount\":\"abc\",\"unit\":\"mg\"}"), 400, "malformed-request-body", "intakes[0].amount", "must be a number"),
                arguments("boolean amount", intake("{\"nutrient\":\"zink\",\"amount\":true,\"unit\":\"mg\"}"), 400, "malformed-request-body", "intakes[0].amount", "must be a number"),
                arguments("amount as a string", intake("{\"nutrient\":\"zink\",\"amount\":\"30\",\"unit\":\"mg\"}"), 400, "malformed-request-body", "intakes[0].amount", "must be a number"),
                arguments("amount as an empty string", intake("{\"nutrient\":\"zink\",\"amount\":\"\",\"unit\":\"mg\"}"), 400, "malformed-request-body", "intakes[0].amount", "must be a number"),
                arguments("nutrient as a number", intake("{\"nutrient\":5,\"amount\":30,\"unit\":\"mg\"}"), 400, "malformed-request-body", "intakes[0].nutrient", "must be a string"),
                arguments("unit as a boolean", intake("{\"nutrient\":\"zink\",\"amount\":30,\"unit\":true}"), 400, "malformed-request-body", "intakes[0].unit", "must be a string"),
                arguments("dose as a number", intake("{\"nutrient\":\"zink\",\"dose\":30}"), 400, "malformed-request-body", "intakes[0].dose", "must be a string"),
                arguments("guideline as a number", "{\"guidelines\":[5],\"intakes\":[{\"nutrient\":\"zink\",\"amount\":1,\"unit\":\"mg\"}]}", 400, "malformed-request-body", "guidelines[0]", "must be a string"),
                arguments("guidelines as a string", "{\"guidelines\":\"leaky-gut\",\"intakes\":[{\"nutrient\":\"zink\",\"amount\":1,\"unit\":\"mg\"}]}", 400, "malformed-request-body", "guidelines", "must be an array"),
                arguments("101 emoji of dose wording", intake("{\"nutrient\":\"zink\",\"dose\":\"" + "\uD83D\uDE00".repeat(101) + "\"}"), 400, "invalid-request-body", "intakes[0].dose", "size must be between 1 and 100"),
                arguments("100 emoji of dose wording (within the length limit)", intake("{\"nutrient\":\"zink\",\"dose\":\"" + "\uD83D\uDE00".repeat(100) + "\"}"), 422, "unprocessable-content", "intakes[0].dose", "is not dose wording this API reads"),
                arguments("100 emoji of nutrient (within the length limit)", intake("{\"nutrient\":\"" + "\uD83D\uDE00".repeat(100) + "\",\"amount\":1,\"unit\":\"mg\"}"), 422, "unprocessable-content", "intakes[0].nutrient", "is not a nutrient this API knows"),
                arguments("overlong dose wording", intake("{\"nutrient\":\"zink\",\"dose\":\"" + "1".repeat(101) + " mg\"}"), 400, "invalid-request-body", "intakes[0].dose", "size must be between 1 and 100"),
                arguments("unknown guideline", "{\"guidelines\":[\"no-such-guideline\"],\"intakes\":[{\"nutrient\":\"zink\",\"amount\":1,\"unit\":\"mg\"}]}", 422, "unprocessable-content", "guidelines[0]", "is not a guideline this API has"),
                arguments("repeated guideline", "{\"guidelines\":[\"leaky-gut\",\"leaky-gut\"],\"intakes\":[{\"nutrient\":\"zink\",\"amount\":1,\"unit\":\"mg\"}]}", 422, "unprocessable-content", "guidelines[1]", "is listed twice"),
                arguments("unknown nutrient", intake("{\"nutrient\":\"unobtanium\",\"amount\":1,\"unit\":\"mg\"}"), 422, "unprocessable-content", "intakes[0].nutrient", "is not a nutrient this API knows"),
                arguments("unknown unit", intake("{\"nutrient\":\"zink\",\"amount\":1,\"unit\":\"zonks\"}"), 422, "unprocessable-content", "intakes[0].unit", "is not a unit this API knows (for Zink)"),
                arguments("IU for a nutrient without a factor", intake("{\"nutrient\":\"zink\",\"amount\":1,\"unit\":\"IU\"}"), 422, "unprocessable-content", "intakes[0].unit", "unit IU cannot be used for Zink"),
                arguments("mass for a count", intake("{\"nutrient\":\"probiotica\",\"amount\":1,\"unit\":\"mg\"}"), 422, "unprocessable-content", "intakes[0].unit", "never convert to mass"),
                arguments("CFU for a mass", intake("{\"nutrient\":\"zink\",\"dose\":\"5 cfu\"}"), 422, "unprocessable-content", "intakes[0].dose", "unit CFU cannot be used for Zink"),
                arguments("amount without unit", intake("{\"nutrient\":\"zink\",\"amount\":1}"), 422, "unprocessable-content", "intakes[0].unit", "is required, unless dose is given"),
                arguments("neither amount nor dose", intake("{\"nutrient\":\"zink\"}"), 422, "unprocessable-content", "intakes[0].amount", "is required, unless dose is given"),
                arguments("dose and amount", intake("{\"nutrient\":\"zink\",\"amount\":1,\"unit\":\"mg\",\"dose\":\"1 mg\"}"), 422, "unprocessable-content", "intakes[0].dose", "not both"),
                arguments("unreadable dose", intake("{\"nutrient\":\"zink\",\"dose\":\"a handful\"}"), 422, "unprocessable-content", "intakes[0].dose", "is not dose wording this API reads"),
                arguments("bound as intake", intake("{\"nutrient\":\"vitamine-d\",\"dose\":\"Minimaal 25 mcg\"}"), 422, "unprocessable-content", "intakes[0].dose", "is a lower bound ('at least'); an intake is one amount"),
                arguments("range as intake", intake("{\"nutrient\":\"zink\",\"dose\":\"15-20 mg\"}"), 422, "unprocessable-content", "intakes[0].dose", "an intake is one amount"),
                arguments("equivalent that disagrees", intake("{\"nutrient\":\"vitamine-d\",\"dose\":\"25 µg (100 IE)\"}"), 422, "unprocessable-content", "intakes[0].dose", "which for Vitamine D is 2.5 µg, not 25 µg"),
                arguments("absurd dose wording", intake("{\"nutrient\":\"zink\",\"dose\":\"1x10^18 mg\"}"), 422, "unprocessable-content", "intakes[0].dose", "is larger than"),
                arguments("second intake wrong", intake("{\"nutrient\":\"zink\",\"amount\":1,\"unit\":\"mg\"},{\"nutrient\":\"zink\",\"amount\":1,\"unit\":\"kg\"}"), 422, "unprocessable-content", "intakes[1].unit", "is not a unit this API knows"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void refusesBadInputWithAProblemNamingTheField(String name, String body, int status, String type, String field, String message) {
        Response response = new Http(port).post("/api/v1/dose-checks", body);

        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("type").asString()).isEqualTo("/problems/" + type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).isNotBlank();
        if (field != null) {
            assertThat(problem.get("errors")).as(response.text()).anySatisfy(error -> {
                assertThat(error.get("name").asString()).isEqualTo(field);
                assertThat(error.get("message").asString()).contains(message);
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"fr", "de", "nl", "de-DE, fr;q=0.5"})
    void givesValidationMessagesInEnglishWhateverLanguageIsAsked(String language) {
        Response response = new Http(port).post("/api/v1/dose-checks", intake("{\"nutrient\":\"\",\"amount\":0,\"unit\":\"mg\"}"), language);

        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.json().get("errors")).extracting(error -> error.get("message").asString())
                .containsExactlyInAnyOrder("must not be blank", "must be greater than 0");
    }

    @Test
    void listsTheErrorsOfABodyInFieldOrderEveryTime() {
        String body = "{\"guidelines\":[\" \"],\"intakes\":[" + IntStream.range(0, 12)
                .mapToObj(i -> i % 5 == 2 ? "{\"nutrient\":\"\",\"amount\":0}" : "{\"nutrient\":\"zink\",\"amount\":1,\"unit\":\"mg\"}")
                .collect(Collectors.joining(",")) + "]}";
        List<String> expected = List.of("guidelines[0]", "intakes[2].amount", "intakes[2].nutrient",
                "intakes[7].amount", "intakes[7].nutrient");

        for (int attempt = 0; attempt < 10; attempt++) {
            Response response = new Http(port).post("/api/v1/dose-checks", body);

            assertThat(response.status()).as(response.text()).isEqualTo(400);
            assertThat(response.json().get("errors")).extracting(error -> error.get("name").asString())
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void refusesAMemberGivenTwiceInsteadOfKeepingTheLast() {
        Response response = new Http(port).post("/api/v1/dose-checks",
                "{\"guidelines\":[\"unknown\"],\"guidelines\":[\"leaky-gut\"],\"intakes\":[{\"nutrient\":\"zink\",\"amount\":1,\"unit\":\"mg\"}]}");

        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).endsWith("/problems/malformed-request-body");
    }

    @Test
    void acceptsTheDocumentedNumberOfIntakes() {
        Response response = new Http(port).post("/api/v1/dose-checks", intakes(50));

        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.json().get("results")).hasSize(50);
        assertThat(response.json().get("totals").get(0).get("total").get("amount").decimalValue()).isEqualByComparingTo("50");
    }

    @Test
    void refusesAnotherContentType() throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/dose-checks"))
                        .header("Content-Type", "text/plain").POST(java.net.http.HttpRequest.BodyPublishers.ofString("zink 30 mg")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body()).contains("/problems/unsupported-media-type");
    }
}
