package nl.supplementguidelines.webhook;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SSRF guard with the production defaults: loopback and http are refused unless the settings allow them. */
class TargetGuardTest {

    private static WebhookProperties settings(boolean loopback, boolean http) {
        return new WebhookProperties(true, Duration.ofSeconds(1), 20, 4, Duration.ofSeconds(5), Duration.ofHours(1), Duration.ofHours(24),
                Duration.ofSeconds(3), Duration.ofSeconds(5), Duration.ofSeconds(30), 1000, 20, loopback, http);
    }

    @Test
    void byDefaultLoopbackAndHttpAreRefused() {
        TargetGuard guard = new TargetGuard(settings(false, false));

        assertThat(guard.refusal("https://127.0.0.1/hook")).contains("loopback");
        assertThat(guard.refusal("https://[::1]/hook")).contains("loopback");
        assertThat(guard.refusal("https://localhost/hook")).contains("loopback");
        assertThat(guard.refusal("http://127.0.0.1/hook")).contains("only https");
        assertThat(guard.refusal("https://93.184.215.14/hook")).as("a public address").isNull();
    }

    @Test
    void withTheTestSettingsLoopbackOverHttpIsAccepted() {
        TargetGuard guard = new TargetGuard(settings(true, true));

        assertThat(guard.refusal("http://127.0.0.1:8710/hook")).isNull();
        assertThat(guard.refusal("http://10.0.0.1/hook")).contains("a private address");
    }

    @Test
    void httpWithoutLoopbackIsNoValidSetting() {
        assertThatThrownBy(() -> settings(false, true)).hasMessageContaining("allow-http");
    }
}
