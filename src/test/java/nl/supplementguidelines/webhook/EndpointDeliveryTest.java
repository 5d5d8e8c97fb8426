package nl.supplementguidelines.webhook;

import nl.supplementguidelines.changes.ChangeFeedReader;
import nl.supplementguidelines.changes.ChangeType;
import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.ServedApi;
import nl.supplementguidelines.support.Tokens;
import nl.supplementguidelines.support.WebhookApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One claimed endpoint's run with a sender or guard that misbehaves, on the real database. The endpoint is inserted
 * already claimed by this test (in one transaction), so the running dispatcher never touches it.
 */
@WebhookApiTest
class EndpointDeliveryTest extends ServedApi {

    private static final String OWNER = "delivery-test";

    @Autowired
    EndpointStore store;
    @Autowired
    DeliveryLog log;
    @Autowired
    ChangeFeedReader feed;
    @Autowired
    TargetGuard guard;
    @Autowired
    ObjectMapper json;
    @Autowired
    WebhookProperties properties;
    @Autowired
    PlatformTransactionManager transactions;

    private String id;

    @BeforeEach
    void insertClaimedEndpointBehindOneEvent() {
        String slug = "delivery-nutrient-" + UUID.randomUUID().toString().substring(0, 8);
        Response added = http.request("POST", "/api/v1/nutrients", "{\"slug\":\"" + slug + "\",\"name\":\"Bezorgnutriënt " + slug
                + "\",\"category\":\"MINERAL\"}", "Authorization", Tokens.bearer(Tokens.editor()));
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        long position = jdbc.sql("select position from change_event where nutrient_slug = ?").param(slug).query(Long.class).single();
        id = UUID.randomUUID().toString();
        Instant past = Instant.parse("2020-01-01T00:00:00Z");
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            store.insert(new Endpoint(id, "http://127.0.0.1:9/hook", null, EnumSet.allOf(ChangeType.class), WebhookSignatures.newSecret(),
                    "delivery-test", past, true, null, null, position - 1, 0, null, past), null);
            jdbc.sql("update webhook_endpoint set lease_owner = ?, lease_until = ? where id = ?")
                    .params(OWNER, Instant.parse("2100-01-01T00:00:00Z").atOffset(java.time.ZoneOffset.UTC), id).update();
        });
    }

    @AfterEach
    void deleteEndpoint() {
        store.delete(id);
    }

    @Test
    void aSendThatThrowsIsAnOrdinaryFailureWithBackoffAndALogEntry() {
        WebhookSender throwing = new WebhookSender(properties) {
            @Override
            Outcome send(String url, String messageId, long timestamp, String signature, byte[] body) {
                throw new IllegalArgumentException("invalid port 99999");
            }
        };

        boolean more = new EndpointDelivery(store, log, feed, guard, throwing, json, properties, transactions).run(id, OWNER);

        assertThat(more).isFalse();
        Endpoint endpoint = store.find(id).orElseThrow();
        assertThat(endpoint.attempts()).isEqualTo(1);
        assertThat(endpoint.failingSince()).isNotNull();
        assertThat(endpoint.nextAttemptAt()).isAfterOrEqualTo(endpoint.failingSince());
        List<DeliveryAttempt> attempts = log.page(id, 0, 10);
        assertThat(attempts).singleElement().satisfies(attempt -> {
            assertThat(attempt.outcome()).isEqualTo("FAILED");
            assertThat(attempt.error()).startsWith("not sent: ").contains("IllegalArgumentException").contains("invalid port 99999");
        });
    }

    @Test
    void aClaimLostWhileTheGuardResolvedTheHostSendsNothing() {
        AtomicInteger sends = new AtomicInteger();
        WebhookSender counting = new WebhookSender(properties) {
            @Override
            Outcome send(String url, String messageId, long timestamp, String signature, byte[] body) {
                sends.incrementAndGet();
                return new Outcome(204, null, java.time.Duration.ZERO);
            }
        };
        TargetGuard slow = new TargetGuard(properties) {
            @Override
            String refusal(String url) {
                // Another instance takes the endpoint over while this one waits for DNS.
                jdbc.sql("update webhook_endpoint set lease_owner = 'other-instance' where id = ?").param(id).update();
                return null;
            }
        };

        new EndpointDelivery(store, log, feed, slow, counting, json, properties, transactions).run(id, OWNER);

        assertThat(sends).hasValue(0);
        assertThat(log.page(id, 0, 10)).isEmpty();
        assertThat(store.find(id).orElseThrow().attempts()).isZero();
    }
}
