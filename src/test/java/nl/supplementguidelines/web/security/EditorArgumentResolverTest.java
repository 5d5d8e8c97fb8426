package nl.supplementguidelines.web.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.context.request.ServletWebRequest;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The editor a controller gets: the token's subject and client, and never an editor without a token. */
class EditorArgumentResolverTest {

    private final EditorArgumentResolver resolver = new EditorArgumentResolver();

    @AfterEach
    void forget() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theEditorIsTheSubjectAndTheClientIdOfTheToken() throws NoSuchMethodException {
        authenticate(jwt().claim("client_id", "cms").claim("azp", "other").build());

        assertThat(resolve()).isEqualTo(new Editor("alice", "cms"));
    }

    @Test
    void withoutClientIdTheAuthorisedPartyNamesTheClient() throws NoSuchMethodException {
        authenticate(jwt().claim("azp", "cms").build());

        assertThat(resolve()).isEqualTo(new Editor("alice", "cms"));
    }

    @Test
    void aTokenWithoutAClientGivesAnEditorWithoutOne() throws NoSuchMethodException {
        authenticate(jwt().build());

        assertThat(resolve()).isEqualTo(new Editor("alice", null));
    }

    @Test
    void withoutATokenThereIsNoEditorButA401() {
        assertThatThrownBy(this::resolve).isInstanceOfSatisfying(ErrorResponseException.class,
                refused -> assertThat(refused.getBody().getType().toString()).isEqualTo("/problems/unauthenticated"));
    }

    private Editor resolve() throws NoSuchMethodException {
        MethodParameter parameter = new MethodParameter(EditorArgumentResolverTest.class.getDeclaredMethod("handler", Editor.class), 0);
        assertThat(resolver.supportsParameter(parameter)).isTrue();
        return resolver.resolveArgument(parameter, null, new ServletWebRequest(new MockHttpServletRequest()), null);
    }

    @SuppressWarnings("unused")
    private void handler(Editor editor) {
    }

    private static Jwt.Builder jwt() {
        return Jwt.withTokenValue("token").header("alg", "RS256").subject("alice")
                .claim("scope", List.of("guidelines:edit")).issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
    }

    private static void authenticate(Jwt jwt) {
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt, List.of()));
    }
}
