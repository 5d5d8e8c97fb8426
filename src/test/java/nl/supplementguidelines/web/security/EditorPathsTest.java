package nl.supplementguidelines.web.security;

import nl.supplementguidelines.support.ApiTest;
import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only editors read stays behind the rules however its path is spelled, and whatever the method: the path is
 * judged as Spring MVC maps it, not as sent.
 */
@ApiTest
class EditorPathsTest {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void connect() {
        http = new Http(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/v1/guidelines/leaky-gut/draft;x=1",
            "/api/v1/guidelines/leaky-gut/%64raft",
            "/api/v1/guidelines/leaky-gut;x=1/draft",
            "/api/v1//guidelines/leaky-gut/draft",
            "/api/v1/guidelines/leaky-gut/draft/",
            "/api/v1/audit;x=1",
            "/api/v1/%61udit"})
    void anEditorOnlyPathSpelledDifferentlyStillNeedsAToken(String path) {
        Response response = http.rawGet(path);

        assertThat(response.status()).as(path).isIn(400, 401);
        assertThat(response.status() == 401 ? response.header("WWW-Authenticate") : "refused before").as(path).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"HEAD", "PATCH", "OPTIONS", "TRACE"})
    void anyMethodOnADraftNeedsAToken(String method) {
        Response response = http.raw(method + " /api/v1/guidelines/leaky-gut/draft HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(response.status()).as(method).isIn(401, 405);
        if (!"TRACE".equals(method)) {
            assertThat(response.status()).as(method).isEqualTo(401);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "POST /api/v1/nutrients;x=1",
            "POST /api/v1/%6Eutrients",
            "POST /api/v1//nutrients",
            "POST /api/v1/nutrients/",
            "POST /api/v1/guidelines/leaky-gut/withdraw;x=1",
            "POST /api/v1/guidelines/leaky-gut/%77ithdraw",
            "POST /api/v1/guidelines/leaky-gut;x=1/withdraw",
            "POST /api/v1/guidelines//leaky-gut/withdraw",
            "PUT /api/v1/guidelines/leaky-gut/versions/1/translations/en;x=1",
            "PUT /api/v1/guidelines/leaky-gut/versions/1/translations/%65n",
            "PUT /api/v1/guidelines/leaky-gut/versions/1;x=1/translations/en",
            "PUT /api/v1/guidelines/leaky-gut/versions/1/%74ranslations/en",
            "PUT /api/v1//guidelines/leaky-gut/versions/1/translations/en/"})
    void aWritePathSpelledDifferentlyIsRefusedAsAProblem(String requestLine) {
        String body = "{}";
        Response response = http.raw(requestLine + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length() + "\r\nConnection: close\r\n\r\n" + body);

        assertThat(response.status()).as(requestLine).isIn(400, 401, 404);
        assertThat(response.header("Content-Type")).as(requestLine).isEqualTo("application/problem+json");
        if (response.status() == 401) {
            assertThat(response.header("WWW-Authenticate")).as(requestLine).startsWith("Bearer");
        }
        if (response.status() == 404) {
            // Not an operation at all, not a way around the rules: with every scope it is still no operation.
            String token = Tokens.withScopes("paths", "guidelines:edit", "guidelines:publish");
            Response authorized = http.raw(requestLine + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);
            assertThat(authorized.status()).as(requestLine).isEqualTo(404);
            assertThat(authorized.header("Content-Type")).as(requestLine).isEqualTo("application/problem+json");
        }
    }
}
