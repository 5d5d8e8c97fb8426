package nl.supplementguidelines.web.security;

import nl.supplementguidelines.support.ApiTest;
import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.SecurityAnswers;
import nl.supplementguidelines.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editing being configured changes nothing for the public: no challenge, none of Spring Security's header writers
 * (Cache-Control: no-cache, Pragma, Expires, X-XSS-Protection, a second X-Frame-Options), and an Authorization
 * header, valid or not, is ignored on a public read, including the public POSTs.
 */
@ApiTest
class PublicReadsUntouchedTest {

    private static final List<String> SPRING_SECURITY_HEADERS = List.of("WWW-Authenticate", "Pragma", "Expires", "X-XSS-Protection");

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void connect() {
        http = new Http(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/guidelines/leaky-gut", "/api/v1/guidelines", "/api/v1/nutrients", "/api/v1/guidelines/leaky-gut/recommendations"})
    void aPublicReadHasItsOwnHeadersOnlyWithOrWithoutAToken(String path) {
        Response anonymous = http.get(path);
        Response withABadToken = http.get(path, "Authorization", Tokens.bearer(Tokens.expired()));
        Response withAGoodToken = http.get(path, "Authorization", Tokens.bearer(Tokens.publisher()));

        for (Response response : List.of(anonymous, withABadToken, withAGoodToken)) {
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("Cache-Control")).startsWith("public, max-age=");
            assertThat(response.header("ETag")).isEqualTo(anonymous.header("ETag"));
            assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("DENY");
            assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
            SPRING_SECURITY_HEADERS.forEach(name -> assertThat(response.header(name)).as(name).isNull());
            assertThat(response.text()).isEqualTo(anonymous.text());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/dose-checks", "/api/v1/regimens", "/api/v1/interaction-checks"})
    void aPublicPostIgnoresAnAuthorizationHeader(String path) {
        Response response = http.sendJson("POST", path, "{}", "Authorization", Tokens.bearer(Tokens.expired()));

        SecurityAnswers.assertPassedTheSecurityRules(response);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/guidelines/leaky-gut", "/api/v1/nutrients/zink"})
    void aMethodAPublicResourceDoesNotHaveIsA405NotAChallenge(String path) {
        Response response = http.sendJson("PUT", path, "{}");

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("WWW-Authenticate")).isNull();
    }
}
