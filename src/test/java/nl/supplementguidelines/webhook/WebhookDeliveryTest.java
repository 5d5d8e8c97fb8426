package nl.supplementguidelines.webhook;

import nl.supplementguidelines.editing.TestDocuments;
import nl.supplementguidelines.support.Eventually;
import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.ServedApi;
import nl.supplementguidelines.support.Tokens;
import nl.supplementguidelines.support.WebhookApiTest;
import nl.supplementguidelines.support.WebhookReceiver;
import nl.supplementguidelines.support.WebhookReceiver.Received;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deliveries to a real receiver on loopback: signed as the specification says (checked by {@link StandardWebhooksVerifier},
 * written from the specification, not by the production signer), retried with growing backoff, in order per endpoint,
 * disabled after the retry window and enabled again.
 */
@WebhookApiTest
class WebhookDeliveryTest extends ServedApi {

    private static final Duration DELIVERY = Duration.ofSeconds(10);
    private final WebhookReceiver receiver = new WebhookReceiver();

    @AfterEach
    void closeReceiver() {
        receiver.close();
    }

    @Test
    void aPublicationIsDeliveredSignedWithTheEventAsTheFeedShowsIt() {
        Registration hook = register("[\"GUIDELINE_PUBLISHED\"]");
        addNutrient();
        String slug = "hook-" + UUID.randomUUID().toString().substring(0, 8);
        Response draft = as(Tokens.editor(), "POST", "/api/v1/guidelines", TestDocuments.document(slug, "Webhook test").toString());
        assertThat(draft.status()).as(draft.text()).isEqualTo(201);
        Response published = as(Tokens.publisher(), "POST", "/api/v1/guidelines/" + slug + "/draft/publish", "{\"changeNote\":\"Versie 1\"}",
                "If-Match", draft.header("ETag"));
        assertThat(published.status()).as(published.text()).isEqualTo(201);

        List<Received> received = Eventually.until(receiver::received, all -> !all.isEmpty(), DELIVERY);

        assertThat(received).hasSize(1);
        Received delivery = received.get(0);
        assertThat(StandardWebhooksVerifier.verifies(hook.secret(), delivery, Instant.now())).as("signature verifies").isTrue();
        JsonNode body = TestDocuments.JSON.readTree(delivery.body());
        long position = body.get("data").get("position").asLong();
        JsonNode event = http.get("/api/v1/changes?after=" + (position - 1) + "&limit=1").json().get("items").get(0);
        assertThat(body.get("data")).as("the event as the feed shows it").isEqualTo(event);
        assertThat(body.get("type").asString()).isEqualTo("GUIDELINE_PUBLISHED");
        assertThat(body.get("timestamp")).isEqualTo(event.get("occurredAt"));
        assertThat(event.get("guideline").get("slug").asString()).isEqualTo(slug);
        assertThat(delivery.header("webhook-id")).isEqualTo("evt_" + position);
        assertThat(delivery.header("content-type")).isEqualTo("application/json");
        assertThat(Eventually.until(() -> hook.read(), read -> read.get("deliveredPosition").asLong() >= position, DELIVERY)
                .get("deliveredPosition").asLong()).isGreaterThanOrEqualTo(position);
    }

    @Test
    void failedAttemptsAreRetriedWithGrowingBackoffUntilOneSucceeds() {
        receiver.answering(n -> n <= 3 ? 500 : 204);
        Registration hook = register("[\"NUTRIENT_ADDED\"]");
        long position = addNutrient();

        List<Received> received = Eventually.until(receiver::received, all -> all.size() >= 4, DELIVERY);
        List<JsonNode> log = Eventually.until(() -> hook.log(), entries -> entries.size() >= 4, DELIVERY);

        assertThat(received).hasSize(4).extracting(Received::answered).containsExactly(500, 500, 500, 204);
        assertThat(received).extracting(r -> r.header("webhook-id")).containsOnly("evt_" + position);
        assertThat(received).allSatisfy(r -> assertThat(StandardWebhooksVerifier.verifies(hook.secret(), r, Instant.now())).isTrue());
        List<JsonNode> oldestFirst = new ArrayList<>(log);
        Collections.reverse(oldestFirst);
        assertThat(oldestFirst).extracting(e -> e.get("outcome").asString()).containsExactly("FAILED", "FAILED", "FAILED", "DELIVERED");
        assertThat(oldestFirst).extracting(e -> e.get("attempt").asInt()).containsExactly(1, 2, 3, 4);
        assertThat(oldestFirst.get(0).get("error").asString()).isEqualTo("HTTP 500");
        long[] backoff = {100, 200, 400};
        for (int i = 0; i < 3; i++) {
            long delay = Duration.between(Instant.parse(oldestFirst.get(i).get("attemptedAt").asString()),
                    Instant.parse(oldestFirst.get(i).get("nextAttemptAt").asString())).toMillis();
            assertThat(delay).as("the wait after failure %d is a jittered share of its backoff", i + 1).isBetween(0L, backoff[i]);
            // The delivery's own clock on both sides: the receiver's arrival times also hold each send's latency.
            assertThat(Instant.parse(oldestFirst.get(i + 1).get("attemptedAt").asString()))
                    .as("attempt %d came no earlier than its wait", i + 2)
                    .isAfterOrEqualTo(Instant.parse(oldestFirst.get(i).get("nextAttemptAt").asString()));
        }
        assertThat(hook.read().get("deliveredPosition").asLong()).isEqualTo(position);
        assertThat(hook.read().get("failedAttempts").asInt()).isZero();
    }

    @Test
    void eventsArriveInFeedOrderPerEndpointAlsoWhenAttemptsFail() {
        receiver.answering(n -> n % 3 == 0 ? 500 : 204);
        Registration hook = register(null);
        List<Long> positions = IntStream.range(0, 6).mapToObj(i -> addNutrient()).toList();

        List<Received> received = Eventually.until(receiver::received,
                all -> all.stream().filter(r -> r.answered() == 204).count() >= positions.size(), DELIVERY);

        List<Long> attempted = received.stream().map(WebhookDeliveryTest::position).toList();
        assertThat(attempted).as("never a later event before an earlier one was acknowledged").isSorted();
        assertThat(received.stream().filter(r -> r.answered() == 204).map(WebhookDeliveryTest::position).toList())
                .as("each event acknowledged once, strictly increasing").containsExactlyElementsOf(positions);
        assertThat(received).allSatisfy(r -> assertThat(StandardWebhooksVerifier.verifies(hook.secret(), r, Instant.now())).isTrue());
    }

    @Test
    void anEndpointFailingForTheRetryWindowIsDisabledWithItsReasonAndCanBeEnabled() {
        receiver.answering(n -> 500);
        Registration hook = register("[\"NUTRIENT_ADDED\"]");
        long position = addNutrient();

        JsonNode disabled = Eventually.until(() -> hook.read(), read -> "DISABLED".equals(read.get("status").asString()), DELIVERY);

        assertThat(disabled.get("status").asString()).isEqualTo("DISABLED");
        assertThat(disabled.get("disabledReason").asString()).contains("HTTP 500").contains("event " + position);
        List<JsonNode> log = hook.log();
        assertThat(log.get(0).get("outcome").asString()).isEqualTo("DISABLED");
        assertThat(log).hasSizeGreaterThanOrEqualTo(3).hasSize(receiver.received().size());
        int attempts = receiver.received().size();

        receiver.answering(n -> n <= attempts ? 500 : 204);
        Response enabled = http.request("POST", hook.href() + "/enable", null, "Authorization", Tokens.bearer(Tokens.webhooks()));
        assertThat(enabled.status()).as(enabled.text()).isEqualTo(200);
        assertThat(enabled.json().get("status").asString()).isEqualTo("ENABLED");
        JsonNode delivered = Eventually.until(() -> hook.read(), read -> read.get("deliveredPosition").asLong() == position, DELIVERY);
        assertThat(delivered.get("deliveredPosition").asLong()).isEqualTo(position);
        assertThat(receiver.received().get(receiver.received().size() - 1).answered()).isEqualTo(204);
    }

    private static long position(Received received) {
        return TestDocuments.JSON.readTree(received.body()).get("data").get("position").asLong();
    }

    /** Adds a nutrient (one NUTRIENT_ADDED event) and answers the event's position. */
    private long addNutrient() {
        String slug = "hook-nutrient-" + UUID.randomUUID().toString().substring(0, 8);
        Response added = as(Tokens.editor(), "POST", "/api/v1/nutrients", "{\"slug\":\"" + slug + "\",\"name\":\"Haaknutriënt " + slug + "\",\"category\":\"MINERAL\"}");
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        return jdbc.sql("select position from change_event where nutrient_slug = ?").param(slug).query(Long.class).single();
    }

    private Registration register(String events) {
        String body = "{\"url\":\"" + receiver.url("/hook") + "\"" + (events == null ? "" : ",\"events\":" + events) + "}";
        Response created = as(Tokens.webhooks(), "POST", "/api/v1/webhooks", body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return new Registration(created.json().get("webhook").get("href").asString(), created.json().get("secret").asString());
    }

    private Response as(String token, String method, String path, String body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = Tokens.bearer(token);
        System.arraycopy(headers, 0, all, 2, headers.length);
        return http.request(method, path, body, all);
    }

    private final class Registration {
        private final String href;
        private final String secret;

        Registration(String href, String secret) {
            this.href = href;
            this.secret = secret;
        }

        String href() {
            return href;
        }

        String secret() {
            return secret;
        }

        JsonNode read() {
            return http.get(href, "Authorization", Tokens.bearer(Tokens.webhooks())).json();
        }

        /** The delivery log, newest first. */
        List<JsonNode> log() {
            return http.get(href + "/deliveries?size=100", "Authorization", Tokens.bearer(Tokens.webhooks())).json().get("items").valueStream().toList();
        }
    }
}
