package nl.supplementguidelines.webhook;

import jakarta.validation.Validator;
import nl.supplementguidelines.changes.ChangeFeedReader;
import nl.supplementguidelines.changes.ChangeType;
import nl.supplementguidelines.web.problem.InvalidItem;
import nl.supplementguidelines.web.problem.InvalidRequest;
import nl.supplementguidelines.web.problem.ProblemException;
import nl.supplementguidelines.web.security.Editor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Registration and management of endpoints. Each subject (the token's {@code sub}) sees and changes only its own
 * endpoints; another's answers 404, so ids reveal nothing.
 */
@Service
class WebhookRegistry {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** Registrations of one subject on this instance, one at a time (with H2 the only lock a subject without endpoints has). */
    private static final Object[] SUBJECT_LOCKS = java.util.stream.IntStream.range(0, 64).mapToObj(i -> new Object()).toArray();

    private final EndpointStore store;
    private final DeliveryLog log;
    private final ChangeFeedReader feed;
    private final TargetGuard guard;
    private final Validator validator;
    private final WebhookProperties properties;
    private final WebhookDispatcher dispatcher;
    private final TransactionTemplate transactions;

    WebhookRegistry(EndpointStore store, DeliveryLog log, ChangeFeedReader feed, TargetGuard guard, Validator validator, WebhookProperties properties,
            WebhookDispatcher dispatcher, PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.store = store;
        this.log = log;
        this.feed = feed;
        this.guard = guard;
        this.validator = validator;
        this.properties = properties;
        this.dispatcher = dispatcher;
    }

    /** Registers the endpoint from the feed's current end: events from before are not sent. */
    WebhookView.Registered register(NewWebhook body, Editor editor) {
        List<InvalidItem> errors = new ArrayList<>();
        validator.validate(body).forEach(v -> errors.add(new InvalidItem(v.getPropertyPath().toString(), v.getMessage(),
                InvalidItem.shorten(v.getInvalidValue()))));
        if (body.events() != null && new HashSet<>(body.events()).size() != body.events().size()) {
            errors.add(new InvalidItem("events", "must not name a type twice", null));
        }
        if (!errors.isEmpty()) {
            throw InvalidRequest.unprocessable(errors);
        }
        @Nullable String refusal = guard.refusal(body.url());
        if (refusal != null) {
            throw new WebhookTargetRefused(refusal);
        }
        Set<ChangeType> events = body.events() == null ? EnumSet.allOf(ChangeType.class) : EnumSet.copyOf(body.events());
        Instant now = store.now().truncatedTo(ChronoUnit.MICROS);
        String secret = WebhookSignatures.newSecret();
        Endpoint endpoint = new Endpoint(UUID.randomUUID().toString(), body.url(), body.description(), events, secret, editor.subject(), now,
                true, null, null, feed.lastPosition(), 0, null, now);
        // The limit is checked by the insert itself, after locking the subject's endpoints: two registrations at once
        // cannot both take the last place (a count, then an insert, could).
        boolean inserted;
        synchronized (SUBJECT_LOCKS[Math.floorMod(editor.subject().hashCode(), SUBJECT_LOCKS.length)]) {
            inserted = Boolean.TRUE.equals(transactions.execute(status -> {
                store.lockOwnedBy(editor.subject());
                return store.insertWithin(endpoint, editor.clientId(), properties.maxEndpoints());
            }));
        }
        if (!inserted) {
            throw ProblemException.conflict("You have " + properties.maxEndpoints() + " webhook endpoints, as many as one may register; delete one first.");
        }
        return new WebhookView.Registered(WebhookView.of(endpoint), secret);
    }

    List<WebhookView> list(Editor editor) {
        return store.ownedBy(editor.subject(), properties.maxEndpoints()).stream().map(WebhookView::of).toList();
    }

    WebhookView get(String id, Editor editor) {
        return WebhookView.of(own(id, editor));
    }

    void delete(String id, Editor editor) {
        store.delete(own(id, editor).id());
    }

    /** Enables a disabled endpoint (an enabled one stays as it is): it resumes at the event it stopped at. */
    WebhookView enable(String id, Editor editor) {
        Endpoint endpoint = own(id, editor);
        if (store.enable(endpoint.id(), store.now())) {
            dispatcher.wake();
        }
        return WebhookView.of(own(id, editor));
    }

    WebhookView.Deliveries deliveries(String id, int page, int size, Editor editor) {
        Endpoint endpoint = own(id, editor);
        long total = log.count(endpoint.id());
        String next = (long) (page + 1) * size < total ? WebhookView.of(endpoint).deliveries() + "?page=" + (page + 1) + "&size=" + size : null;
        return new WebhookView.Deliveries(log.page(endpoint.id(), page, size), page, size, total, next);
    }

    private Endpoint own(String id, Editor editor) {
        if (!ID.matcher(id).matches()) {
            throw new WebhookNotFound(id);
        }
        return store.find(id).filter(endpoint -> endpoint.ownerSubject().equals(editor.subject())).orElseThrow(() -> new WebhookNotFound(id));
    }
}
