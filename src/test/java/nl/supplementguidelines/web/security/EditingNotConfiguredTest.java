package nl.supplementguidelines.web.security;

import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.WriteEndpoints;
import nl.supplementguidelines.support.WriteEndpoints.WriteEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default trusts no authorization server: every editing operation is refused, with or without a token,
 * and the public reads are as ever. (The context of ActuatorExposureTest: the same properties, so one context.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "spring.datasource.url=jdbc:h2:mem:actuator;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class EditingNotConfiguredTest {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void connect() {
        http = new Http(port);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.supplementguidelines.support.WriteEndpoints#all")
    void everyEditingOperationIsRefusedAsNotConfigured(WriteEndpoint endpoint) {
        Response anonymous = WriteEndpoints.call(http, endpoint);
        Response withAToken = WriteEndpoints.call(http, endpoint, "Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln");

        for (Response response : new Response[] {anonymous, withAToken}) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"supplement-guidelines\"");
            assertThat(response.json().get("type").asString()).isEqualTo("/problems/editing-not-configured");
            assertThat(response.json().get("detail").asString()).contains("Editing is not configured");
        }
    }

    @Test
    void publicReadsAreServedAsEver() {
        Response response = http.get("/api/v1/guidelines/leaky-gut");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("WWW-Authenticate")).isNull();
        assertThat(response.header("Cache-Control")).startsWith("public, max-age=");
    }
}
