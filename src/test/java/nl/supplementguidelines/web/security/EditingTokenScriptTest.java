package nl.supplementguidelines.web.security;

import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.SecurityAnswers;
import nl.supplementguidelines.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's way to try editing locally, run as written: {@code scripts/editing-token.sh} makes a key once and
 * mints tokens, and a service started with {@code public-key-location} and the audience accepts them with their
 * scopes (its own context: no other test trusts that key).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:editing-token;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.security.oauth2.resourceserver.jwt.audiences=supplement-guidelines"})
class EditingTokenScriptTest {

    private static final Path KEYS = keyDirectory();

    @DynamicPropertySource
    static void publicKey(DynamicPropertyRegistry registry) {
        token("--subject", "first-run");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + KEYS.resolve("public.pem"));
    }

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void connect() {
        http = new Http(port);
    }

    @Test
    void aPublishTokenOfTheScriptPassesThePublishRules() {
        String token = token("--subject", "alice", "--scope", "guidelines:edit guidelines:publish");

        Response response = http.get("/api/v1/audit", "Authorization", Tokens.bearer(token));

        SecurityAnswers.assertPassedTheSecurityRules(response);
    }

    @Test
    void anEditTokenOfTheScriptIsRefusedWherePublishIsNeeded() {
        Response response = http.get("/api/v1/audit", "Authorization", Tokens.bearer(token("--scope", "guidelines:edit")));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("requiredScope").asString()).isEqualTo("guidelines:publish");
    }

    @Test
    void theKeyIsMadeOnceAndTokensOfAnotherKeyAreRefused() throws IOException {
        String publicKey = Files.readString(KEYS.resolve("public.pem"));
        token();
        assertThat(Files.readString(KEYS.resolve("public.pem"))).isEqualTo(publicKey);

        Response response = http.get("/api/v1/audit", "Authorization", Tokens.bearer(Tokens.foreignKey()));

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void theScriptRefusesASubjectItCannotPutInJsonAsIs() {
        assertThat(run("--subject", "a\"b").exitCode()).isEqualTo(2);
    }

    private static String token(String... arguments) {
        Result result = run(arguments);
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\n");
        return result.output().strip();
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", "scripts/editing-token.sh"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("EDITING_KEY_DIR", KEYS.toString());
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run scripts/editing-token.sh", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path keyDirectory() {
        try {
            return Files.createTempDirectory("editing-key").resolve("keys");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
