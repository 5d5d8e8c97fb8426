package nl.supplementguidelines.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.supplementguidelines.client.ApiClient;
import nl.supplementguidelines.client.ApiResponse;
import nl.supplementguidelines.client.api.WebhooksApi;
import nl.supplementguidelines.client.model.NewWebhook;
import nl.supplementguidelines.client.model.Webhook;
import nl.supplementguidelines.client.model.WebhookDeliveries;
import nl.supplementguidelines.client.model.WebhookRegistered;
import nl.supplementguidelines.consumer.DocumentedOperations.Operation;
import nl.supplementguidelines.consumer.StrictClient.Request;
import nl.supplementguidelines.support.Eventually;
import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.Tokens;
import nl.supplementguidelines.support.WebhookApiTest;
import nl.supplementguidelines.support.WebhookReceiver;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consumer manages a webhook through the generated client, reading every answer strictly: registers an endpoint,
 * lists it, reads it and its delivery log once an event was delivered, enables it and deletes it. Every webhook
 * operation of the document is called.
 */
@WebhookApiTest
class GeneratedWebhookClientTest {

    private static final ObjectMapper STRICT = StrictClient.mapper();

    @LocalServerPort
    int port;

    @Test
    void aConsumerUsesEveryWebhookOperationThroughTheGeneratedClient() throws Exception {
        List<Request> sent = StrictClient.recorder();
        ApiClient client = StrictClient.on(port, sent);
        client.setRequestInterceptor(request -> request.header("Authorization", Tokens.bearer(Tokens.webhooks())));
        WebhooksApi webhooks = new WebhooksApi(client);
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            ApiResponse<WebhookRegistered> registered = webhooks.registerWebhookWithHttpInfo(new NewWebhook().url(receiver.url("/client"))
                    .addEventsItem(NewWebhook.EventsEnum.NUTRIENT_ADDED).description("Generated client"));
            assertThat(registered.getStatusCode()).isEqualTo(201);
            assertThat(registered.getData().getSecret()).startsWith("whsec_");
            String id = registered.getData().getWebhook().getId();
            Http.Response added = new Http(port).request("POST", "/api/v1/nutrients", "{\"slug\":\"client-hook-nutrient\",\"name\":\"Clienthaaknutriënt\","
                    + "\"category\":\"MINERAL\"}", "Authorization", Tokens.bearer(Tokens.editor()));
            assertThat(added.status()).as(added.text()).isEqualTo(201);

            assertThat(webhooks.listWebhooksWithHttpInfo().getData().getItems()).extracting(Webhook::getId).contains(id);
            WebhookDeliveries log = Eventually.until(() -> deliveries(webhooks, id), page -> !page.getItems().isEmpty(), Duration.ofSeconds(10));
            assertThat(log.getItems()).extracting(attempt -> attempt.getOutcome().getValue()).containsExactly("DELIVERED");
            assertThat(webhooks.getWebhookWithHttpInfo(id).getData().getDeliveredPosition()).isEqualTo(log.getItems().get(0).getPosition());
            assertThat(webhooks.enableWebhookWithHttpInfo(id).getData().getStatus().getValue()).isEqualTo("ENABLED");
            assertThat(webhooks.deleteWebhookWithHttpInfo(id).getStatusCode()).isEqualTo(204);
        }

        assertThat(DocumentedOperations.webhooks(STRICT)).isNotEmpty().allSatisfy((Operation operation) ->
                assertThat(sent).as("requests sent for %s", operation).anyMatch(request -> operation.matches(request.method(), request.rawPath())));
    }

    private static WebhookDeliveries deliveries(WebhooksApi webhooks, String id) {
        try {
            return webhooks.listWebhookDeliveriesWithHttpInfo(id, 0, 20).getData();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
