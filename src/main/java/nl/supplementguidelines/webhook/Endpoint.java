package nl.supplementguidelines.webhook;

import nl.supplementguidelines.changes.ChangeType;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Set;

/** A registered endpoint as stored, secret included: never answered as is (see {@link WebhookView}). */
record Endpoint(String id, String url, @Nullable String description, Set<ChangeType> events, String secret, String ownerSubject,
                Instant createdAt, boolean enabled, @Nullable Instant disabledAt, @Nullable String disabledReason,
                long deliveredPosition, int attempts, @Nullable Instant failingSince, Instant nextAttemptAt) {
}
