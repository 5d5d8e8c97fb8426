package nl.supplementguidelines.web.security;

import nl.supplementguidelines.SupplementGuidelinesApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A service that trusts an authorization server must name the audience of its tokens, or say explicitly that any will
 * do: otherwise every token of that server, for whatever API, could edit here.
 */
class EditorAudienceTest {

    @Test
    void aServiceTrustingAKeyWithoutAnAudienceDoesNotStart(@TempDir Path keys) throws Exception {
        Path publicKey = publicKey(keys);
        SpringApplicationBuilder application = new SpringApplicationBuilder(SupplementGuidelinesApplication.class).properties(
                "server.port=0", "management.server.port=0",
                "spring.datasource.url=jdbc:h2:mem:no-audience;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + publicKey);

        assertThatThrownBy(() -> application.run().close())
                .rootCause().isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.audiences is empty")
                .hasMessageContaining("api.editing.allow-any-audience=true");
    }

    @Test
    void anAudienceOrTheExplicitOptOutIsEnough() {
        MockEnvironment withAudience = new MockEnvironment().withProperty(EditorSecurityConfiguration.AUDIENCES, "supplement-guidelines");
        assertThatCode(() -> EditorSecurityConfiguration.requireAudience(withAudience, new EditorTokenProperties(false))).doesNotThrowAnyException();
        assertThatCode(() -> EditorSecurityConfiguration.requireAudience(new MockEnvironment(), new EditorTokenProperties(true))).doesNotThrowAnyException();
        assertThatThrownBy(() -> EditorSecurityConfiguration.requireAudience(
                new MockEnvironment().withProperty(EditorSecurityConfiguration.AUDIENCES, ""), new EditorTokenProperties(false)))
                .isInstanceOf(IllegalStateException.class);
    }

    private static Path publicKey(Path directory) throws NoSuchAlgorithmException, IOException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(generator.generateKeyPair().getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        return Files.writeString(directory.resolve("public.pem"), pem);
    }
}
