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

    @Test
    void theCloudMetadataAddressAndPrivateIpv6RangesAreRefused() {
        TargetGuard guard = new TargetGuard(settings(false, false));

        assertThat(guard.refusal("https://169.254.169.254/latest/meta-data")).contains("link-local");
        assertThat(guard.refusal("https://[fc00::1]/hook")).contains("unique-local");
        assertThat(guard.refusal("https://[fd12:3456::1]/hook")).contains("unique-local");
        assertThat(guard.refusal("https://[fe80::1]/hook")).contains("link-local");
        assertThat(guard.refusal("https://[100::1]/hook")).contains("discard");
        assertThat(guard.refusal("https://192.88.99.1/hook")).contains("6to4 relay");
        assertThat(guard.refusal("https://[2606:4700::1111]/hook")).as("a public IPv6 address").isNull();
    }

    @Test
    void anIpv6AddressThatReachesAPrivateIpv4OneIsRefused() {
        TargetGuard guard = new TargetGuard(settings(false, false));

        assertThat(guard.refusal("https://[::ffff:10.0.0.1]/hook")).as("IPv4-mapped").contains("a private address");
        assertThat(guard.refusal("https://[::ffff:169.254.169.254]/hook")).as("IPv4-mapped metadata").contains("link-local");
        assertThat(guard.refusal("https://[::ffff:0:10.0.0.1]/hook")).as("IPv4-translated").contains("embeds").contains("private");
        assertThat(guard.refusal("https://[::ffff:0:127.0.0.1]/hook")).as("IPv4-translated loopback").contains("loopback");
        assertThat(guard.refusal("https://[::10.0.0.1]/hook")).as("IPv4-compatible").contains("embeds").contains("private");
        assertThat(guard.refusal("https://[64:ff9b::a9fe:a9fe]/hook")).as("NAT64 of 169.254.169.254").contains("embeds").contains("link-local");
        assertThat(guard.refusal("https://[64:ff9b:1::5db8:d70e]/hook")).as("local-use NAT64").contains("64:ff9b:1::/48");
        assertThat(guard.refusal("https://[2002:c0a8:0101::1]/hook")).as("6to4 of 192.168.1.1").contains("embeds").contains("private");
        assertThat(guard.refusal("https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/hook")).as("Teredo").contains("Teredo");
        assertThat(guard.refusal("https://[64:ff9b::5db8:d70e]/hook")).as("NAT64 of a public address").isNull();
        assertThat(guard.refusal("https://[2002:5db8:d70e::1]/hook")).as("6to4 of a public address").isNull();
    }

    @Test
    void aPortOutsideTheValidRangeIsRefused() {
        TargetGuard guard = new TargetGuard(settings(false, false));

        assertThat(guard.refusal("https://93.184.215.14:99999/hook")).contains("port 99999").contains("outside 1 to 65535");
        assertThat(guard.refusal("https://93.184.215.14:0/hook")).contains("port 0");
        assertThat(guard.refusal("https://93.184.215.14:65535/hook")).isNull();
        assertThat(guard.refusal("https://93.184.215.14:8443/hook")).isNull();
    }
}
