package nl.supplementguidelines.web.security;

import com.nimbusds.jwt.SignedJWT;
import nl.supplementguidelines.support.ApiTest;
import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.SecurityAnswers;
import nl.supplementguidelines.support.TestAuthorizationServer;
import nl.supplementguidelines.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.text.ParseException;

import static org.assertj.core.api.Assertions.assertThat;

/** The foundation: tokens of the tests' real authorization server, and the API's first answers to them. */
@ApiTest
class EditorTokensTest {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void connect() {
        http = new Http(port);
    }

    @Test
    void theAuthorizationServerIssuesTokensForTheApisAudienceWithTheClientsScopes() throws ParseException {
        SignedJWT editor = SignedJWT.parse(Tokens.editor());
        SignedJWT publisher = SignedJWT.parse(Tokens.publisher());

        assertThat(editor.getJWTClaimsSet().getSubject()).isEqualTo("editor");
        assertThat(editor.getJWTClaimsSet().getIssuer()).isEqualTo(TestAuthorizationServer.issuer());
        assertThat(editor.getJWTClaimsSet().getAudience()).containsExactly(TestAuthorizationServer.AUDIENCE);
        assertThat(editor.getJWTClaimsSet().getStringListClaim("scope")).containsExactly("guidelines:edit");
        assertThat(publisher.getJWTClaimsSet().getStringListClaim("scope")).containsExactlyInAnyOrder("guidelines:edit", "guidelines:publish");
        assertThat(SignedJWT.parse(Tokens.wrongAudience()).getJWTClaimsSet().getAudience()).doesNotContain(TestAuthorizationServer.AUDIENCE);
    }

    @Test
    void aWriteWithoutATokenIsAProblemWithABearerChallenge() {
        Response response = http.send("DELETE", "/api/v1/guidelines/leaky-gut/draft");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"supplement-guidelines\"");
        assertThat(response.json().get("type").asString()).isEqualTo("/problems/unauthenticated");
    }

    @Test
    void anEditorTokenPassesTheEditRulesButNotThePublishRules() {
        Response edit = http.send("DELETE", "/api/v1/guidelines/leaky-gut/draft", "Authorization", Tokens.bearer(Tokens.editor()));
        Response publish = http.send("GET", "/api/v1/audit", "Authorization", Tokens.bearer(Tokens.editor()));

        SecurityAnswers.assertPassedTheSecurityRules(edit);
        assertThat(publish.status()).isEqualTo(403);
        assertThat(publish.json().get("type").asString()).isEqualTo("/problems/insufficient-scope");
        assertThat(publish.json().get("requiredScope").asString()).isEqualTo("guidelines:publish");
        assertThat(publish.header("WWW-Authenticate")).contains("error=\"insufficient_scope\"", "scope=\"guidelines:publish\"");
    }

    @Test
    void aPublisherTokenPassesThePublishRules() {
        Response response = http.send("GET", "/api/v1/audit", "Authorization", Tokens.bearer(Tokens.publisher()));

        SecurityAnswers.assertPassedTheSecurityRules(response);
    }
}
