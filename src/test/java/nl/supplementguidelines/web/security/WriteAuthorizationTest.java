package nl.supplementguidelines.web.security;

import nl.supplementguidelines.support.ApiTest;
import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.SecurityAnswers;
import nl.supplementguidelines.support.Tokens;
import nl.supplementguidelines.support.WriteEndpoints;
import nl.supplementguidelines.support.WriteEndpoints.WriteEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Who may write, over real HTTP, for every editing operation of the issue: without a valid token for this API a 401,
 * with a valid token lacking the scope a 403, each a problem with its RFC 6750 challenge (the answers are checked
 * against the OpenAPI document by {@link Http} where it describes the operation).
 */
@ApiTest
class WriteAuthorizationTest {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void connect() {
        http = new Http(port);
    }

    static Stream<WriteEndpoint> endpoints() {
        return WriteEndpoints.all();
    }

    static Stream<Arguments> invalidTokens() {
        Stream<Arguments> kinds = Stream.of(
                arguments("malformed", (Supplier<String>) Tokens::malformed),
                arguments("expired", (Supplier<String>) Tokens::expired),
                arguments("not yet valid", (Supplier<String>) Tokens::notYetValid),
                arguments("wrong issuer", (Supplier<String>) Tokens::wrongIssuer),
                arguments("wrong audience", (Supplier<String>) Tokens::wrongAudience),
                arguments("tampered signature", (Supplier<String>) Tokens::tamperedSignature),
                arguments("signed by a foreign key", (Supplier<String>) Tokens::foreignKey),
                arguments("alg none", (Supplier<String>) Tokens::unsigned));
        return kinds.flatMap(kind -> WriteEndpoints.all().map(endpoint -> arguments(endpoint, kind.get()[0], kind.get()[1])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void withoutATokenAnEditingOperationIsA401WithTheBareChallenge(WriteEndpoint endpoint) {
        Response response = WriteEndpoints.call(http, endpoint);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"supplement-guidelines\"");
        assertProblem(response, "/problems/unauthenticated", 401);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void basicAuthenticationIsNoWayIn(WriteEndpoint endpoint) {
        // There is no user (Boot's generated "user" and its password do not exist) and no basic authentication.
        Response response = WriteEndpoints.call(http, endpoint, "Authorization", "Basic dXNlcjpwYXNzd29yZA==");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"supplement-guidelines\"");
        assertProblem(response, "/problems/unauthenticated", 401);
    }

    @ParameterizedTest(name = "{0} with a token {1}")
    @MethodSource("invalidTokens")
    void anInvalidTokenIsA401InvalidToken(WriteEndpoint endpoint, String kind, Supplier<String> token) {
        Response response = WriteEndpoints.call(http, endpoint, "Authorization", Tokens.bearer(token.get()));

        assertThat(response.status()).as(kind).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).as(kind).startsWith("Bearer realm=\"supplement-guidelines\", error=\"invalid_token\", error_description=\"");
        assertProblem(response, "/problems/unauthenticated", 401);
        assertThat(response.json().get("detail").asString()).startsWith("The bearer token is not valid: ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aTokenWithoutAnyWriteScopeIsA403NamingTheScope(WriteEndpoint endpoint) {
        Response response = WriteEndpoints.call(http, endpoint, "Authorization", Tokens.bearer(Tokens.readOnly()));

        assertInsufficientScope(response, endpoint.scope());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.supplementguidelines.support.WriteEndpoints#needingPublish")
    void anEditorsTokenIsA403WhereTheOperationNeedsPublish(WriteEndpoint endpoint) {
        Response response = WriteEndpoints.call(http, endpoint, "Authorization", Tokens.bearer(Tokens.editor()));

        assertInsufficientScope(response, WriteEndpoints.PUBLISH);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aTokenWithTheScopePassesTheSecurityRules(WriteEndpoint endpoint) {
        String token = endpoint.needsPublish() ? Tokens.publisher() : Tokens.editor();

        Response response = WriteEndpoints.call(http, endpoint, "Authorization", Tokens.bearer(token));

        SecurityAnswers.assertPassedTheSecurityRules(response);
        // An editor's answer is never for a shared cache (no-store, or private with revalidation).
        assertThat(response.header("Cache-Control")).doesNotContain("public").containsAnyOf("no-store", "private");
    }

    private static void assertInsufficientScope(Response response, String scope) {
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("WWW-Authenticate"))
                .isEqualTo("Bearer realm=\"supplement-guidelines\", error=\"insufficient_scope\", error_description=\"This operation needs a token with the scope "
                        + scope + ".\", scope=\"" + scope + "\"");
        assertProblem(response, "/problems/insufficient-scope", 403);
        assertThat(response.json().get("requiredScope").asString()).isEqualTo(scope);
    }

    private static void assertProblem(Response response, String type, int status) {
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(response.json().get("type").asString()).isEqualTo(type);
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("requestId").asString()).isNotBlank();
        assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
    }
}
