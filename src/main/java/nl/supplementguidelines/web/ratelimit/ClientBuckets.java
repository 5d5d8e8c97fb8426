package nl.supplementguidelines.web.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

/** Where the clients' token buckets live: in this instance's memory, or shared by all instances in PostgreSQL. */
interface ClientBuckets {

    /** Takes {@code tokens} from the client's bucket if it holds that many; takes none otherwise. */
    ConsumptionProbe take(String client, long tokens);

    /** The bucket every client starts with. */
    static BucketConfiguration configuration(RateLimitProperties properties) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(properties.capacity()).refillGreedy(properties.refillTokens(), properties.refillPeriod()))
                .build();
    }
}
