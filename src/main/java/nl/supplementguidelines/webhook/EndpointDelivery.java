package nl.supplementguidelines.webhook;

import nl.supplementguidelines.changes.ChangeEvent;
import nl.supplementguidelines.changes.ChangeFeedReader;
import nl.supplementguidelines.changes.ChangePage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Delivers the events after one claimed endpoint's cursor, in order, one at a time: the cursor moves past an event only
 * after a 2xx (or when the endpoint does not subscribe to its type), so a failure stops the run and the same event is
 * tried again later. Every state change is the lease holder's ({@link EndpointStore}).
 */
@Component
class EndpointDelivery {

    private static final Logger log = LoggerFactory.getLogger(EndpointDelivery.class);

    private final EndpointStore endpoints;
    private final DeliveryLog deliveries;
    private final ChangeFeedReader feed;
    private final TargetGuard guard;
    private final WebhookSender sender;
    private final ObjectMapper json;
    private final WebhookProperties properties;
    private final RetryPolicy retries;
    private final TransactionTemplate transactions;

    EndpointDelivery(EndpointStore endpoints, DeliveryLog deliveries, ChangeFeedReader feed, TargetGuard guard, WebhookSender sender,
            ObjectMapper json, WebhookProperties properties, PlatformTransactionManager transactionManager) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.feed = feed;
        this.guard = guard;
        this.sender = sender;
        this.json = json;
        this.properties = properties;
        this.retries = new RetryPolicy(properties);
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** What one attempt came to: delivered, failed (counted), or stopped before it counted (the claim lost, shutting down). */
    private enum Result { DELIVERED, FAILED, STOPPED }

    /**
     * Delivers up to a batch of events to the endpoint this instance claimed as {@code owner}; true when more are due at
     * once. A run lasts at most about one lease, so a few slow endpoints cannot hold every slot for minutes.
     */
    boolean run(String id, String owner) {
        long deadline = System.nanoTime() + properties.lease().toNanos();
        int sent = 0;
        while (sent < properties.batchSize()) {
            if (System.nanoTime() - deadline > 0) {
                return true;
            }
            Endpoint endpoint = endpoints.find(id).orElse(null);
            if (endpoint == null || !endpoint.enabled() || endpoint.nextAttemptAt().isAfter(endpoints.now())) {
                return false;
            }
            ChangePage page = feed.after(endpoint.deliveredPosition(), properties.batchSize());
            ChangeEvent next = page.items().stream().filter(event -> endpoint.events().contains(event.type())).findFirst().orElse(null);
            if (next == null) {
                // Nothing subscribed to on this page: skip it whole.
                if (!page.items().isEmpty()) {
                    endpoints.advance(id, owner, page.cursor());
                }
                return page.more();
            }
            if (next.position() > endpoint.deliveredPosition() + 1) {
                endpoints.advance(id, owner, next.position() - 1);
            }
            if (attempt(endpoint, next, owner) != Result.DELIVERED) {
                return false;
            }
            sent++;
        }
        return true;
    }

    private Result attempt(Endpoint endpoint, ChangeEvent event, String owner) {
        String messageId = WebhookMessage.id(event.position());
        byte[] body = json.writeValueAsBytes(WebhookMessage.of(event));
        @Nullable String refusal;
        try {
            refusal = guard.refusal(endpoint.url());
        } catch (RuntimeException e) {
            refusal = "the target could not be checked: " + e;
        }
        // The guard's DNS lookup takes its time: renew the claim after it and send only while holding it. "now" is the
        // database's, like every due and lease time, so instances with skewed clocks agree.
        Instant now = endpoints.now();
        if (!endpoints.renew(endpoint.id(), owner, now.plus(properties.lease()))) {
            return Result.STOPPED;
        }
        WebhookSender.Outcome outcome = send(endpoint, refusal, messageId, now, body);
        if (Thread.currentThread().isInterrupted()) {
            // Shutting down in the middle of the send: neither a delivery nor the endpoint's failure. The event is sent
            // again later, with the same webhook-id.
            return Result.STOPPED;
        }
        int attempt = endpoint.attempts() + 1;
        int took = (int) Math.min(outcome.took().toMillis(), Integer.MAX_VALUE);
        if (outcome.delivered()) {
            changeAndLog(() -> endpoints.advance(endpoint.id(), owner, event.position()), endpoint.id(),
                    new DeliveryAttempt(0, messageId, event.position(), event.type().name(), attempt, now, took, "DELIVERED",
                            outcome.status(), null, null));
            return Result.DELIVERED;
        }
        Instant failingSince = endpoint.failingSince() == null ? now : endpoint.failingSince();
        String error = shorten(outcome.error());
        if (retries.exhausted(Duration.between(failingSince, now))) {
            String reason = "Disabled after " + attempt + " attempts at event " + event.position() + " failing since " + failingSince
                    + "; last: " + error;
            if (changeAndLog(() -> endpoints.disable(endpoint.id(), owner, attempt, now, shorten(reason, 500)), endpoint.id(),
                    new DeliveryAttempt(0, messageId, event.position(), event.type().name(), attempt, now, took, "DISABLED",
                            outcome.status(), error, null))) {
                log.warn("Webhook endpoint {} disabled after {} attempts: {}", endpoint.id(), attempt, error);
            }
            return Result.FAILED;
        }
        Instant nextAttempt = now.plus(retries.delay(attempt));
        changeAndLog(() -> endpoints.failed(endpoint.id(), owner, attempt, failingSince, nextAttempt), endpoint.id(),
                new DeliveryAttempt(0, messageId, event.position(), event.type().name(), attempt, now, took, "FAILED",
                        outcome.status(), error, nextAttempt));
        return Result.FAILED;
    }

    /**
     * The lease holder's change of the endpoint's state and, when it was made, its log entry, in one transaction: nobody
     * reads the one without the other. Whether the change was made (false: the claim was lost).
     */
    private boolean changeAndLog(BooleanSupplier change, String endpointId, DeliveryAttempt entry) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (!change.getAsBoolean()) {
                return false;
            }
            deliveries.record(endpointId, entry);
            return true;
        }));
    }

    private WebhookSender.Outcome send(Endpoint endpoint, @Nullable String refusal, String messageId, Instant now, byte[] body) {
        if (refusal != null) {
            return new WebhookSender.Outcome(null, "not sent: " + refusal, Duration.ZERO);
        }
        try {
            return sender.send(endpoint.url(), messageId, now.getEpochSecond(),
                    WebhookSignatures.sign(endpoint.secret(), messageId, now.getEpochSecond(), body), body);
        } catch (RuntimeException e) {
            // Whatever the client throws (a URL it cannot use, say) is a failure like any other: backoff and disabling apply.
            return new WebhookSender.Outcome(null, "not sent: " + e, Duration.ZERO);
        }
    }

    private static String shorten(@Nullable String error) {
        return shorten(error == null ? "failed" : error, 300);
    }

    private static String shorten(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
