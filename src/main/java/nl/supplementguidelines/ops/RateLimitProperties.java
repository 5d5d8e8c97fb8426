package nl.supplementguidelines.ops;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Per-client rate limiting ({@code api.rate-limit.*}): a token bucket per client address that holds up to
 * {@code capacity} requests (the burst) and refills {@code refillTokens} every {@code refillPeriod}, smoothly.
 * The default (a burst of 300, then 100 requests per second) is far above what an app or an integrating service
 * needs and stops only runaway clients.
 *
 * @param maxClients how many clients' buckets are kept; idle buckets expire after a minute
 */
@Validated
@ConfigurationProperties("api.rate-limit")
record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @Min(1) @DefaultValue("300") long capacity,
        @Min(1) @DefaultValue("100") long refillTokens,
        @NotNull @DefaultValue("1s") Duration refillPeriod,
        @Min(1) @DefaultValue("100000") long maxClients) {

    RateLimitProperties {
        if (refillPeriod.isZero() || refillPeriod.isNegative()) {
            throw new IllegalArgumentException("api.rate-limit.refill-period must be positive");
        }
    }

    /** Seconds an empty bucket needs to fill up again: the window of the RateLimit-Policy header. */
    long windowSeconds() {
        double perSecond = refillTokens / (refillPeriod.toNanos() / 1e9);
        return Math.max(1, (long) Math.ceil(capacity / perSecond));
    }
}
