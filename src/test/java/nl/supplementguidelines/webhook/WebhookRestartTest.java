package nl.supplementguidelines.webhook;

import nl.supplementguidelines.SupplementGuidelinesApplication;
import nl.supplementguidelines.support.Eventually;
import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.TestAuthorizationServer;
import nl.supplementguidelines.support.Tokens;
import nl.supplementguidelines.support.WebhookReceiver;
import nl.supplementguidelines.support.WebhookReceiver.Received;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A delivery survives a restart: the application is stopped while the receiver refuses the event, a new one started on
 * the same database delivers it (the cursor and the attempt state are in the database, not in memory).
 */
class WebhookRestartTest {

    private static final Duration DELIVERY = Duration.ofSeconds(10);

    @Test
    void anEventRefusedBeforeARestartIsDeliveredAfterIt() {
        String database = "jdbc:h2:mem:webhook-restart-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        try (WebhookReceiver receiver = new WebhookReceiver().answering(n -> 503)) {
            String href;
            String secret;
            long position;
            try (ConfigurableApplicationContext first = start(database)) {
                Http http = http(first);
                Response created = http.request("POST", "/api/v1/webhooks", "{\"url\":\"" + receiver.url("/hook") + "\"}",
                        "Authorization", Tokens.bearer(Tokens.webhooks()));
                assertThat(created.status()).as(created.text()).isEqualTo(201);
                href = created.json().get("webhook").get("href").asString();
                secret = created.json().get("secret").asString();
                Response added = http.request("POST", "/api/v1/nutrients", "{\"slug\":\"restart-nutrient\",\"name\":\"Herstartnutriënt\",\"category\":\"MINERAL\"}",
                        "Authorization", Tokens.bearer(Tokens.editor()));
                assertThat(added.status()).as(added.text()).isEqualTo(201);
                position = created.json().get("webhook").get("deliveredPosition").asLong() + 1;
                assertThat(Eventually.until(receiver::received, all -> !all.isEmpty(), DELIVERY)).isNotEmpty()
                        .allSatisfy(r -> assertThat(r.answered()).isEqualTo(503));
            }
            int refused = receiver.received().size();
            receiver.answering(n -> n <= refused ? 503 : 204);

            try (ConfigurableApplicationContext second = start(database)) {
                List<Received> received = Eventually.until(receiver::received, all -> all.stream().anyMatch(r -> r.answered() == 204), DELIVERY);
                Http http = http(second);
                assertThat(received).as("after the restart; the endpoint: %s", http.get(href, "Authorization", Tokens.bearer(Tokens.webhooks())).text())
                        .anyMatch(r -> r.answered() == 204);
                Received delivered = received.stream().filter(r -> r.answered() == 204).findFirst().orElseThrow();
                assertThat(delivered.header("webhook-id")).isEqualTo("evt_" + position);
                assertThat(StandardWebhooksVerifier.verifies(secret, delivered, Instant.now())).isTrue();
                assertThat(Eventually.until(() -> http.get(href, "Authorization", Tokens.bearer(Tokens.webhooks())).json(),
                        read -> read.get("deliveredPosition").asLong() == position, DELIVERY).get("deliveredPosition").asLong()).isEqualTo(position);
            }
        }
    }

    private static ConfigurableApplicationContext start(String database) {
        List<String> properties = new ArrayList<>(List.of(TestAuthorizationServer.properties()));
        properties.addAll(List.of("spring.datasource.url=" + database, "server.port=0", "server.address=127.0.0.1", "management.server.port=0",
                "api.webhooks.allow-loopback=true", "api.webhooks.allow-http=true", "api.webhooks.poll-interval=50ms",
                "api.webhooks.initial-delay=100ms", "api.webhooks.max-delay=200ms", "api.webhooks.retry-for=1h",
                "api.webhooks.connect-timeout=1s", "api.webhooks.read-timeout=1s", "api.webhooks.lease=3s"));
        // As arguments: they outrank the test resources' application.properties (a database of its own per context).
        return new SpringApplicationBuilder(SupplementGuidelinesApplication.class).run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
    }

    private static Http http(ConfigurableApplicationContext context) {
        return new Http(((WebServerApplicationContext) context).getWebServer().getPort());
    }
}
