package nl.supplementguidelines.webhook;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Webhook delivery ({@code api.webhooks.*}, README "Webhooks").
 *
 * @param enabled        whether this instance delivers at all (registration works either way)
 * @param pollInterval   how often the dispatcher looks for due endpoints; it also wakes right after a local commit of an event
 * @param batchSize      endpoints claimed per tick, and events delivered per claim: the work of one tick is bounded
 * @param concurrency    deliveries running at once on this instance (one per endpoint)
 * @param initialDelay   the backoff of the first retry; it doubles with each failure, up to {@code maxDelay}, and the
 *                       delay waited is a random share of it (full jitter)
 * @param maxDelay       the largest backoff
 * @param retryFor       how long an endpoint may fail (from its first failure in a row) before it is disabled
 * @param connectTimeout connect timeout of a delivery
 * @param readTimeout    how long a delivery waits for the answer's status line and headers (the body is never read)
 * @param lease          how long a claim of an endpoint lasts before another instance may take it over (an instance
 *                       that died); renewed before each send, so it must exceed one delivery's timeouts; one claim's run also ends after about this long
 * @param logSize        attempts kept in the delivery log per endpoint (the oldest go)
 * @param maxEndpoints   endpoints one subject may register
 * @param allowLoopback  deliver to loopback addresses too (tests and local trials only; never in production)
 * @param allowHttp      accept {@code http} URLs, for loopback targets only (needs {@code allowLoopback})
 */
@Validated
@ConfigurationProperties("api.webhooks")
public record WebhookProperties(
        @DefaultValue("true") boolean enabled,
        @NotNull @DefaultValue("1s") Duration pollInterval,
        @Min(1) @Max(1000) @DefaultValue("20") int batchSize,
        @Min(1) @Max(64) @DefaultValue("4") int concurrency,
        @NotNull @DefaultValue("5s") Duration initialDelay,
        @NotNull @DefaultValue("1h") Duration maxDelay,
        @NotNull @DefaultValue("24h") Duration retryFor,
        @NotNull @DefaultValue("3s") Duration connectTimeout,
        @NotNull @DefaultValue("5s") Duration readTimeout,
        @NotNull @DefaultValue("30s") Duration lease,
        @Min(1) @Max(100000) @DefaultValue("1000") int logSize,
        @Min(1) @Max(1000) @DefaultValue("20") int maxEndpoints,
        @DefaultValue("false") boolean allowLoopback,
        @DefaultValue("false") boolean allowHttp) {

    public WebhookProperties {
        for (Duration duration : new Duration[] {pollInterval, initialDelay, maxDelay, retryFor, connectTimeout, readTimeout, lease}) {
            if (duration == null || duration.isZero() || duration.isNegative()) {
                throw new IllegalArgumentException("the durations of api.webhooks.* must be positive");
            }
        }
        if (maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("api.webhooks.max-delay must not be shorter than api.webhooks.initial-delay");
        }
        if (lease.compareTo(connectTimeout.plus(readTimeout)) <= 0) {
            throw new IllegalArgumentException("api.webhooks.lease must be longer than connect-timeout + read-timeout, or a slow delivery loses its claim");
        }
        if (allowHttp && !allowLoopback) {
            throw new IllegalArgumentException("api.webhooks.allow-http is for loopback targets only: it needs api.webhooks.allow-loopback=true");
        }
    }
}
