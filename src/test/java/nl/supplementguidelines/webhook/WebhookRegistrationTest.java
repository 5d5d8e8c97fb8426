package nl.supplementguidelines.webhook;

import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.ServedApi;
import nl.supplementguidelines.support.Tokens;
import nl.supplementguidelines.support.WebhookApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Registering and managing endpoints over real HTTP, with real tokens: scopes, the secret shown once, owners, bounds, the SSRF guard. */
@WebhookApiTest
class WebhookRegistrationTest extends ServedApi {

    static final String WEBHOOKS = "/api/v1/webhooks";
    private static final String TARGET = "{\"url\":\"http://127.0.0.1:9/hook\",\"events\":[\"NUTRIENT_ADDED\"],\"description\":\"Test\"}";

    @Test
    void registrationNeedsATokenWithTheWebhooksScope() {
        assertThat(http.request("POST", WEBHOOKS, TARGET).status()).isEqualTo(401);
        Response editor = http.request("POST", WEBHOOKS, TARGET, "Authorization", Tokens.bearer(Tokens.editor()));
        assertThat(editor.status()).isEqualTo(403);
        assertThat(editor.json().get("requiredScope").asString()).isEqualTo("webhooks:manage");
        assertThat(http.get(WEBHOOKS, "Authorization", Tokens.bearer(Tokens.publisher())).status()).isEqualTo(403);
        assertThat(http.get(WEBHOOKS).status()).isEqualTo(401);
    }

    @Test
    void theSecretIsShownOnceAtRegistrationAndNeverAgain() {
        Response created = register(Tokens.webhooks(), TARGET);

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String secret = created.json().get("secret").asString();
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length()))).hasSizeBetween(24, 64);
        String href = created.json().get("webhook").get("href").asString();
        assertThat(created.header("Location")).isEqualTo(href);
        assertThat(created.json().get("webhook").get("events").toString()).isEqualTo("[\"NUTRIENT_ADDED\"]");

        Response read = http.get(href, "Authorization", Tokens.bearer(Tokens.webhooks()));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text()).doesNotContain(secret).doesNotContain("whsec_");
        Response listed = http.get(WEBHOOKS, "Authorization", Tokens.bearer(Tokens.webhooks()));
        assertThat(listed.text()).contains(href).doesNotContain("whsec_");
        assertThat(read.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void anEndpointIsItsOwnersOnly() {
        String mine = register(Tokens.webhooks(), TARGET).json().get("webhook").get("href").asString();
        String other = Tokens.withScopes("another-consumer-" + UUID.randomUUID(), "webhooks:manage");

        assertThat(http.get(mine, "Authorization", Tokens.bearer(other)).status()).isEqualTo(404);
        assertThat(http.send("DELETE", mine, "Authorization", Tokens.bearer(other)).status()).isEqualTo(404);
        assertThat(http.get(WEBHOOKS, "Authorization", Tokens.bearer(other)).json().get("items")).isEmpty();
        assertThat(http.send("DELETE", mine, "Authorization", Tokens.bearer(Tokens.webhooks())).status()).isEqualTo(204);
        assertThat(http.get(mine, "Authorization", Tokens.bearer(Tokens.webhooks())).status()).isEqualTo(404);
    }

    @Test
    void allEventsWhenNoneAreNamed() {
        Response created = register(Tokens.webhooks(), "{\"url\":\"http://127.0.0.1:9/all\"}");

        assertThat(created.json().get("webhook").get("events").toString())
                .isEqualTo("[\"GUIDELINE_PUBLISHED\",\"GUIDELINE_WITHDRAWN\",\"TRANSLATION_PUBLISHED\",\"NUTRIENT_ADDED\"]");
        assertThat(created.json().get("webhook").get("deliveredPosition").asLong())
                .as("starts at the feed's end").isEqualTo(jdbc.sql("select last_position from change_feed_counter").query(Long.class).single());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"url\":\"\"}|url",
            "{\"url\":\"http://127.0.0.1:9/x\",\"events\":[]}|events",
            "{\"url\":\"http://127.0.0.1:9/x\",\"events\":[\"NUTRIENT_ADDED\",\"NUTRIENT_ADDED\"]}|events",
            "{\"url\":\"http://127.0.0.1:9/x\",\"description\":\"\"}|description"})
    void fieldsThatBreakTheirRulesAre422NamingThem(String body, String field) {
        Response refused = register(Tokens.webhooks(), body);

        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("name").asString()).isEqualTo(field);
    }

    @Test
    void boundsAreCheckedBeforeAnythingElse() {
        String longUrl = "https://example.org/" + "a".repeat(2000);
        assertThat(register(Tokens.webhooks(), "{\"url\":\"" + longUrl + "\"}").status()).isEqualTo(422);
        assertThat(register(Tokens.webhooks(), "{\"url\":\"http://127.0.0.1:9/x\",\"description\":\"" + "d".repeat(501) + "\"}").status()).isEqualTo(422);
        Response unknown = register(Tokens.webhooks(), "{\"url\":\"http://127.0.0.1:9/x\",\"secret\":\"whsec_mine\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("type").asString()).isEqualTo("/problems/malformed-request-body");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://10.0.0.7/hook|a private address",
            "https://192.168.1.1/hook|a private address",
            "https://172.16.0.1/hook|a private address",
            "https://169.254.169.254/latest/meta-data|link-local",
            "https://100.64.0.1/hook|CGNAT",
            "https://[fd00::1]/hook|unique-local",
            "https://0.0.0.0/hook|unspecified",
            "https://224.0.0.1/hook|multicast",
            "https://[::ffff:10.0.0.1]/hook|a private address",
            "https://[2002:c0a8:0101::1]/hook|embeds an IPv4 one",
            "https://example.org:99999/hook|port 99999 is outside 1 to 65535",
            "https://user:pass@example.org/hook|user information",
            "ftp://example.org/hook|only https",
            "http://93.184.215.14/hook|loopback targets only",
            "https://no-such-host.invalid/hook|does not resolve"})
    void aUrlTheGuardRefusesIs400NamingTheReason(String url, String reason) {
        Response refused = register(Tokens.webhooks(), "{\"url\":\"" + url + "\"}");

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.json().get("type").asString()).isEqualTo("/problems/webhook-target-refused");
        assertThat(refused.json().get("reason").asString()).contains(reason);
    }

    Response register(String token, String body) {
        return http.request("POST", WEBHOOKS, body, "Authorization", Tokens.bearer(token));
    }
}
