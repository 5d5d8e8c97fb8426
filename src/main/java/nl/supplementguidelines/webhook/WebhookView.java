package nl.supplementguidelines.webhook;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.supplementguidelines.changes.ChangeType;
import nl.supplementguidelines.web.ApiPaths;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/** An endpoint as its owner reads it: everything but the secret. */
@Schema(name = "Webhook")
record WebhookView(
        @Schema(description = "The endpoint's id", example = "0f8e3c2a-5b1d-4c7e-9a6f-2d4b8e1c3a70") String id,
        @Schema(example = "https://hooks.example.org/supplement-guidelines") String url,
        @Schema(nullable = true, example = "Sync to the pharmacy app") @Nullable String description,
        @Schema(description = "The event types delivered") List<ChangeType> events,
        @Schema(description = "ENABLED, or DISABLED after failing for the retry window (POST .../enable to resume)", example = "ENABLED",
                allowableValues = {"ENABLED", "DISABLED"}) String status,
        @Schema(description = "Why it was disabled; null while enabled", nullable = true,
                example = "Disabled after 17 attempts at event 57 failing since 2026-12-01T10:15:31Z; last: HTTP 500") @Nullable String disabledReason,
        @Schema(description = "When it was disabled; null while enabled", nullable = true, example = "2026-12-02T10:15:31Z") @Nullable Instant disabledAt,
        @Schema(description = "The change-feed position of the last event delivered (or skipped, not subscribed to)", example = "57") long deliveredPosition,
        @Schema(description = "Failed attempts in a row at the next event", example = "0") int failedAttempts,
        @Schema(description = "When the next event is tried (an endpoint that is up to date waits for the next event)", example = "2026-12-01T10:15:36Z")
        Instant nextAttemptAt,
        @Schema(example = "2026-12-01T10:15:30Z") Instant createdAt,
        @Schema(description = "This endpoint", example = "/api/v1/webhooks/0f8e3c2a-5b1d-4c7e-9a6f-2d4b8e1c3a70") String href,
        @Schema(description = "Its delivery log", example = "/api/v1/webhooks/0f8e3c2a-5b1d-4c7e-9a6f-2d4b8e1c3a70/deliveries") String deliveries) {

    static WebhookView of(Endpoint endpoint) {
        String href = ApiPaths.WEBHOOKS + "/" + endpoint.id();
        return new WebhookView(endpoint.id(), endpoint.url(), endpoint.description(), endpoint.events().stream().sorted().toList(),
                endpoint.enabled() ? "ENABLED" : "DISABLED", endpoint.disabledReason(), endpoint.disabledAt(), endpoint.deliveredPosition(),
                endpoint.attempts(), endpoint.nextAttemptAt(), endpoint.createdAt(), href, href + "/deliveries");
    }

    /** The answer to a registration: the endpoint and, this once, its secret. */
    @Schema(name = "WebhookRegistered")
    record Registered(
            @Schema(description = "The endpoint") WebhookView webhook,
            @Schema(description = "The signing secret, shown this once and never again: `whsec_` and the base64 of the key (32 bytes). "
                    + "Verify `webhook-signature` with it (README \"Webhooks\")", example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw3Kp7mI1cgCo=")
            String secret) {
    }

    /** One page of endpoints. */
    @Schema(name = "WebhookList")
    record Listing(@Schema(description = "The caller's endpoints, oldest first") List<WebhookView> items) {
    }

    /** One page of a delivery log. */
    @Schema(name = "WebhookDeliveries")
    record Deliveries(
            @Schema(description = "Attempts, newest first") List<DeliveryAttempt> items,
            @Schema(description = "Zero-based page number", example = "0") int page,
            @Schema(description = "Requested page size", example = "20") int size,
            @Schema(description = "Attempts in the log (the newest are kept; see api.webhooks.log-size)", example = "1") long totalElements,
            @Schema(description = "The next page; null on the last", nullable = true, example = "/api/v1/webhooks/0f8e3c2a-5b1d-4c7e-9a6f-2d4b8e1c3a70/deliveries?page=1&size=20")
            @Nullable String next) {
    }
}
