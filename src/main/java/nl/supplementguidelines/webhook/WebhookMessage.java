package nl.supplementguidelines.webhook;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.supplementguidelines.changes.ChangeEvent;

import java.time.Instant;

/** The body of a delivery: the Standard Webhooks envelope around the event as the change feed shows it. */
@Schema(name = "WebhookMessage", description = "The body of every delivery. `data` is the event exactly as GET /api/v1/changes lists it.")
record WebhookMessage(
        @Schema(description = "The event's type (as `data.type`)", example = "GUIDELINE_PUBLISHED") String type,
        @Schema(description = "When the change was made (UTC; as `data.occurredAt`)", example = "2026-12-01T10:15:30.123456Z") Instant timestamp,
        @Schema(description = "The change-feed event") ChangeEvent data) {

    static WebhookMessage of(ChangeEvent event) {
        return new WebhookMessage(event.type().name(), event.occurredAt(), event);
    }

    /** The {@code webhook-id}: one per event, the same in every attempt, so a receiver can drop a repeat. */
    static String id(long position) {
        return "evt_" + position;
    }
}
