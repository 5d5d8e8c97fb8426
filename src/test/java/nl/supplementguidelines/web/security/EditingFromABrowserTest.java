package nl.supplementguidelines.web.security;

import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.PostgresApiTest;
import nl.supplementguidelines.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** An editing app on an allowed origin may send its token and preconditions, and reads the challenge of a refusal. */
@PostgresApiTest
class EditingFromABrowserTest {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void connect() {
        http = new Http(port);
    }

    @Test
    void aPreflightForAnEditingRequestNeedsNoTokenAndAllowsItsHeaders() {
        Response preflight = http.send("OPTIONS", "/api/v1/guidelines/leaky-gut/draft",
                "Origin", PostgresApiTest.ALLOWED_ORIGIN,
                "Access-Control-Request-Method", "PUT",
                "Access-Control-Request-Headers", "authorization,if-match,content-type");

        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("PUT", "DELETE");
        assertThat(preflight.header("Access-Control-Allow-Headers").toLowerCase()).contains("authorization", "if-match");
    }

    @Test
    void aRefusedEditingRequestLetsTheAppReadTheChallenge() {
        Response response = http.send("GET", "/api/v1/audit", "Origin", PostgresApiTest.ALLOWED_ORIGIN,
                "Authorization", Tokens.bearer(Tokens.editor()));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(PostgresApiTest.ALLOWED_ORIGIN);
        assertThat(response.header("Access-Control-Expose-Headers")).contains("WWW-Authenticate");
    }
}
