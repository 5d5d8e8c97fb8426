package nl.supplementguidelines.support;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The clients of the tests' authorization server (client credentials; the token's subject is the client id). Two
 * editors and two publishers, so four-eyes rules can be tested with real tokens; a client without any write scope;
 * one whose tokens are for another API; a consumer that manages webhooks.
 */
public enum TestClient {

    EDITOR("editor", "guidelines:edit"),
    SECOND_EDITOR("second-editor", "guidelines:edit"),
    PUBLISHER("publisher", "guidelines:edit", "guidelines:publish"),
    SECOND_PUBLISHER("second-publisher", "guidelines:edit", "guidelines:publish"),
    READ_ONLY("read-only"),
    WEBHOOKS("webhooks-consumer", "webhooks:manage"),
    WRONG_AUDIENCE("wrong-audience", "guidelines:edit", "guidelines:publish");

    private final String id;
    private final List<String> scopes;

    TestClient(String id, String... scopes) {
        this.id = id;
        this.scopes = List.of(scopes);
    }

    /** The client id, which is also the subject ({@code sub}) of its tokens and so the {@code Editor.subject()}. */
    public String id() {
        return id;
    }

    /** Its secret (the authorization server wants every client's secret to differ). */
    String secret() {
        return id + "-secret";
    }

    public List<String> scopes() {
        return scopes;
    }

    static List<RegisteredClient> registrations() {
        return Arrays.stream(values()).map(TestClient::registration).toList();
    }

    private RegisteredClient registration() {
        return RegisteredClient.withId(id)
                .clientId(id)
                .clientSecret("{noop}" + secret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(granted -> granted.addAll(scopes))
                // Tokens are fetched once per test JVM (Tokens): they must outlive the slowest run, not the default 5 minutes.
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofHours(2)).build())
                .build();
    }
}
