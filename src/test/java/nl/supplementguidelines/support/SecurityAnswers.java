package nl.supplementguidelines.support;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether an answer got past the security rules: whatever the operation then answers (a 404 without a draft, a 428
 * without If-Match, a four-eyes 403), it is none of the refusals of web/security and carries no challenge.
 */
public final class SecurityAnswers {

    private static final Set<String> REFUSALS = Set.of("/problems/unauthenticated", "/problems/insufficient-scope", "/problems/editing-not-configured");

    private SecurityAnswers() {
    }

    public static void assertPassedTheSecurityRules(Http.Response response) {
        assertThat(response.status()).as(response.text()).isNotEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).isNull();
        if (response.header("Content-Type") != null && response.header("Content-Type").startsWith("application/problem+json")) {
            assertThat(response.json().get("type").asString()).isNotIn(REFUSALS);
        }
    }
}
