package nl.supplementguidelines.webhook;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One entry of an endpoint's delivery log. */
@Schema(name = "WebhookDeliveryAttempt")
record DeliveryAttempt(
        @Schema(description = "The entry's id, increasing with time", example = "42") long id,
        @Schema(description = "The `webhook-id` of the message, the same for every attempt at one event", example = "evt_57") String messageId,
        @Schema(description = "The change-feed position of the event", example = "57") long position,
        @Schema(description = "The event's type", example = "GUIDELINE_PUBLISHED") String eventType,
        @Schema(description = "Which attempt at this event, from 1", example = "1") int attempt,
        @Schema(description = "When the attempt was made (UTC)", example = "2026-12-01T10:15:31.012Z") Instant attemptedAt,
        @Schema(description = "How long the attempt took, in milliseconds", example = "87") int durationMs,
        @Schema(description = "DELIVERED (a 2xx answer), FAILED (it is retried at `nextAttemptAt`) or DISABLED (the last failure; "
                + "the endpoint was disabled, `error` says why)", example = "DELIVERED", allowableValues = {"DELIVERED", "FAILED", "DISABLED"})
        String outcome,
        @Schema(description = "The HTTP status the endpoint answered; null when there was no answer", example = "204", nullable = true)
        @Nullable Integer statusCode,
        @Schema(description = "What went wrong (a status, a timeout, a refused address); null for a delivery", nullable = true,
                example = "HTTP 500")
        @Nullable String error,
        @Schema(description = "When the event is tried again (FAILED only)", nullable = true, example = "2026-12-01T10:15:36.000Z")
        @Nullable Instant nextAttemptAt) {
}
