package nl.supplementguidelines.web.idempotency;

import nl.supplementguidelines.web.problem.InvalidItem;
import nl.supplementguidelines.web.problem.InvalidRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Runs a write once per editor and {@code Idempotency-Key}, and answers every retry as the first time.
 * <ul>
 * <li>No key: the action just runs (in the transaction {@code run} opens, as with a key).</li>
 * <li>A key seen with the same request: the stored status, Location, ETag, Content-Type and body, byte for byte, plus
 * {@code Idempotent-Replayed: true}; the action does not run.</li>
 * <li>A key seen with a different request (operation or canonical bytes): 422 {@code /problems/idempotency-key-reused}.</li>
 * </ul>
 * The key is claimed (a row inserted) and the action runs in ONE transaction, which {@link #run} opens and the action's
 * own {@code @Transactional} services join: the record exists exactly when the write committed. A concurrent duplicate
 * waits on the claimed primary key; when the first commits it rolls back and replays the committed answer, when the
 * first rolls back it runs itself, and when the wait is cut off (a lock or statement timeout) it gets 409
 * {@code /problems/idempotency-key-in-flight}. Only 2xx answers are stored: a refused request (thrown as a problem or
 * answered with 4xx/5xx) rolls back and leaves the key free for a corrected retry.
 */
@Component
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final int MAX_KEY_LENGTH = 255;
    static final String KEY_RULE = "must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters (no spaces), such as a UUID";

    private final IdempotencyRecords records;
    private final TransactionTemplate transactions;
    private final ObjectMapper objectMapper;
    private final IdempotencyProperties properties;
    private final AtomicLong nextCleanup = new AtomicLong(System.nanoTime());

    Idempotency(IdempotencyRecords records, PlatformTransactionManager transactionManager, ObjectMapper objectMapper,
                IdempotencyProperties properties) {
        this.records = records;
        this.transactions = new TransactionTemplate(transactionManager);
        this.objectMapper = objectMapper;
        this.properties = properties;
    }

    /**
     * Runs {@code action} at most once for this editor ({@code subject}) and key. {@code canonicalRequest} is what makes
     * two requests the same (typically the path's variables and the body's bytes); {@code operation} names the operation.
     * Call it outside any transaction (from the controller): it opens the one the action joins.
     */
    public ResponseEntity<?> run(@Nullable String key, String subject, String operation, byte[] canonicalRequest,
                                 Supplier<? extends ResponseEntity<?>> action) {
        if (key != null) {
            checkKey(key);
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Idempotency.run must open the transaction of the write, not join one");
        }
        if (key == null) {
            // The same transaction as with a key, so the action behaves alike either way.
            return Objects.requireNonNull(transactions.execute(status -> {
                ResponseEntity<?> response = action.get();
                if (!response.getStatusCode().is2xxSuccessful()) {
                    status.setRollbackOnly();
                }
                return response;
            }));
        }
        String hash = hash(operation, canonicalRequest);
        cleanUpWhenDue();
        try {
            ResponseEntity<?> answer = transactions.execute(status -> {
                OffsetDateTime notBefore = notBefore();
                Optional<StoredAnswer> stored = records.find(subject, key, notBefore);
                if (stored.isPresent()) {
                    return replay(stored.get(), hash);
                }
                records.forgetExpired(subject, key, notBefore);
                claim(subject, key, operation, hash);
                ResponseEntity<?> response = action.get();
                if (!response.getStatusCode().is2xxSuccessful()) {
                    status.setRollbackOnly();
                    return response;
                }
                StoredAnswer first = store(response, hash);
                records.complete(subject, key, first);
                return first.toResponse(false);
            });
            return Objects.requireNonNull(answer);
        } catch (KeyTaken taken) {
            if (!taken.committed) {
                throw IdempotencyConflict.inFlight();
            }
            // A concurrent first request committed while this one waited; ours is rolled back: answer as the first did.
            return Objects.requireNonNull(transactions.execute(status -> records.find(subject, key, notBefore())
                    .map(stored -> replay(stored, hash))
                    .orElseThrow(IdempotencyConflict::inFlight)));
        }
    }

    /** Claims the key, telling a key another request holds from any failure of the action (which propagates as it is). */
    private void claim(String subject, String key, String operation, String hash) {
        try {
            records.claim(subject, key, operation, hash);
        } catch (DataIntegrityViolationException duplicate) {
            throw new KeyTaken(true, duplicate);
        } catch (PessimisticLockingFailureException | QueryTimeoutException waitedTooLong) {
            throw new KeyTaken(false, waitedTooLong);
        }
    }

    /** The claim found the key taken: by a committed request, or by one still running when the wait was cut off. */
    private static final class KeyTaken extends RuntimeException {
        final boolean committed;

        KeyTaken(boolean committed, Throwable cause) {
            super(cause.getMessage(), cause, false, false);
            this.committed = committed;
        }
    }

    private static ResponseEntity<?> replay(StoredAnswer stored, String hash) {
        if (!stored.requestHash().equals(hash)) {
            throw IdempotencyConflict.reused();
        }
        return stored.toResponse(true);
    }

    private StoredAnswer store(ResponseEntity<?> response, String hash) {
        Object body = response.getBody();
        String text = body == null ? null : body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                : body instanceof String string ? string : objectMapper.writeValueAsString(body);
        HttpHeaders headers = response.getHeaders();
        MediaType contentType = headers.getContentType();
        String type = contentType != null ? contentType.toString() : text == null ? null : MediaType.APPLICATION_JSON_VALUE;
        return new StoredAnswer(hash, response.getStatusCode().value(), headers.getFirst(HttpHeaders.LOCATION), headers.getETag(),
                type, text);
    }

    /** 1 to 255 visible ASCII characters (as IETF's draft and Stripe allow): anything else is a 400 naming the header. */
    static void checkKey(String key) {
        boolean valid = !key.isEmpty() && key.length() <= MAX_KEY_LENGTH && key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e);
        if (!valid) {
            String shown = key.length() > 60 ? key.substring(0, 60) + "…" : key;
            throw InvalidRequest.invalidParameters(List.of(new InvalidItem(HEADER, KEY_RULE, shown)));
        }
    }

    static String hash(String operation, byte[] canonicalRequest) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return HexFormat.of().formatHex(digest.digest(canonicalRequest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private OffsetDateTime notBefore() {
        return IdempotencyRecords.now().minus(properties.retention());
    }

    /** At most once per cleanup interval, and by one request at a time: the records past retention go. */
    private void cleanUpWhenDue() {
        long now = System.nanoTime();
        long due = nextCleanup.get();
        if (now - due >= 0 && nextCleanup.compareAndSet(due, now + properties.cleanupInterval().toNanos())) {
            records.deleteOlderThan(notBefore());
        }
    }
}
