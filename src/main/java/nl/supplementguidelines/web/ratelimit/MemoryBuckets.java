package nl.supplementguidelines.web.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

import java.time.Duration;

/** Buckets in this instance's memory ({@code api.rate-limit.store=memory}): each instance limits on its own. */
final class MemoryBuckets implements ClientBuckets {

    private final Cache<String, Bucket> buckets;
    private final BucketConfiguration configuration;

    MemoryBuckets(RateLimitProperties properties) {
        this.buckets = Caffeine.newBuilder().maximumSize(properties.maxClients()).expireAfterAccess(Duration.ofMinutes(1)).build();
        this.configuration = ClientBuckets.configuration(properties);
    }

    @Override
    public ConsumptionProbe take(String client, long tokens) {
        return buckets.get(client, key -> Bucket.builder().addLimit(configuration.getBandwidths()[0]).build())
                .tryConsumeAndReturnRemaining(tokens);
    }
}
