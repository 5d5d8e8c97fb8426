package nl.supplementguidelines.web.ratelimit;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
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
 * A request costs tokens by what it asks for (README "Admission control"): every request 1, a POST whose body lists
 * items (intakes, guidelines, medicines, nutrients) {@code postCost} plus {@code itemCost} per item, charged once the
 * body is read; a GET of the bulk export {@code exportCost} on arrival.
 *
 * @param maxClients how many clients' buckets are kept; idle buckets expire after a minute
 * @param postCost   the base price of a POST with items (dose check, regimen, interaction check), in tokens
 * @param itemCost   the price of each item such a POST lists, in tokens
 * @param exportCost the price of a GET of the bulk export (README "Bulk export"), in tokens, taken on arrival: with the
 *                   default bucket (300, refilled 100 a second) a client can start 12 exports at once and 4 a second after that; at most the capacity. The real bound on the work is api.export.max-concurrent
 * @param store      where the buckets live: {@code memory} (each instance limits on its own) or {@code postgresql}
 *                   (shared by all instances on the database; the profile {@code postgres} sets it)
 * @param syncTokens with {@code postgresql}, how many tokens an instance may take from its copy of a bucket before it
 *                   writes them to the database: N instances may so let a client exceed the limit by N x this. Unset: a
 *                   tenth of the capacity (30 of the default 300), so a busy client costs a write per sync interval,
 *                   not one per few requests
 * @param syncInterval with {@code postgresql}, how long an instance may take tokens from its copy before it writes them
 */
@Validated
@ConfigurationProperties("api.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @Min(1) @DefaultValue("300") long capacity,
        @Min(1) @DefaultValue("100") long refillTokens,
        @NotNull @DefaultValue("1s") Duration refillPeriod,
        @Min(1) @DefaultValue("100000") long maxClients,
        @Min(1) @DefaultValue("5") long postCost,
        @Min(0) @DefaultValue("1") long itemCost,
        @Min(1) @DefaultValue("25") long exportCost,
        @NotNull @DefaultValue("memory") Store store,
        @Min(1) @Nullable Long syncTokens,
        @NotNull @DefaultValue("200ms") Duration syncInterval) {

    /** Where the buckets live. */
    public enum Store { MEMORY, POSTGRESQL }

    public RateLimitProperties {
        if (refillPeriod.isZero() || refillPeriod.isNegative()) {
            throw new IllegalArgumentException("api.rate-limit.refill-period must be positive");
        }
        if (syncInterval.isZero() || syncInterval.isNegative()) {
            throw new IllegalArgumentException("api.rate-limit.sync-interval must be positive");
        }
    }

    /** How many tokens an instance takes from its copy of a shared bucket before it writes them; see syncTokens. */
    long tokensPerSync() {
        return syncTokens != null ? syncTokens : Math.max(1, capacity / 10);
    }

    /** What a GET of the bulk export costs: {@code exportCost}, but never more than a full bucket, which could never pay it. */
    public long exportPrice() {
        return Math.min(exportCost, capacity);
    }

    /** The price in tokens of a POST that lists {@code items} items. */
    long priceOf(int items) {
        return postCost + itemCost * items;
    }

    /** Seconds an empty bucket needs to fill up again: the window of the RateLimit-Policy header. */
    long windowSeconds() {
        double perSecond = refillTokens / (refillPeriod.toNanos() / 1e9);
        return Math.max(1, (long) Math.ceil(capacity / perSecond));
    }
}
