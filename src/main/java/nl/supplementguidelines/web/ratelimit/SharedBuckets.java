package nl.supplementguidelines.web.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Buckets shared by all instances in PostgreSQL ({@code api.rate-limit.store=postgresql}, table rate_limit_bucket of
 * V23), through bucket4j's select-for-update proxy. Not a database write per request: each instance's copy of a bucket
 * (bucket4j's delaying optimisation) serves up to {@code tokensPerSync()} tokens (a tenth of the capacity unless set) or {@code syncInterval} on its own, then
 * writes what it took and reads what the others took. So N instances together may let a client take up to
 * N x that many more than the limit before they learn of each other's share (README "Several instances on one
 * PostgreSQL"). While the database cannot be reached, each instance limits on its own rather than failing requests,
 * trying the database again 5 s after each failure (not on every request, each of which would wait for the pool).
 * A single take larger than the sync size (a POST of many items) is written at once.
 */
final class SharedBuckets implements ClientBuckets, AutoCloseable {

    private static final Log log = LogFactory.getLog(SharedBuckets.class);
    private static final long QUIET_NANOS = TimeUnit.MINUTES.toNanos(1);
    /** After a failure the database is left alone this long: else every sync would wait for the pool's timeout. */
    private static final long PAUSE_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> store;
    private final Cache<String, BucketProxy> buckets;
    private final BucketConfiguration configuration;
    private final DelayParameters delay;
    private final MemoryBuckets fallback;
    private final ScheduledExecutorService cleaner;
    private final AtomicLong lastFailureReported = new AtomicLong(System.nanoTime() - QUIET_NANOS);
    /** System.nanoTime() until which buckets are kept in memory only; 0 while the database answers. */
    private volatile long unreachableUntil;

    SharedBuckets(DataSource dataSource, RateLimitProperties properties) {
        this.store = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                // A row may go once its bucket would be full again, plus a margin: it then holds nothing to remember.
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
        this.buckets = Caffeine.newBuilder().maximumSize(properties.maxClients()).expireAfterAccess(Duration.ofMinutes(1)).build();
        this.configuration = ClientBuckets.configuration(properties);
        this.delay = new DelayParameters(properties.tokensPerSync(), properties.syncInterval());
        this.fallback = new MemoryBuckets(properties);
        this.cleaner = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "rate-limit-cleaner");
            thread.setDaemon(true);
            return thread;
        });
        cleaner.scheduleWithFixedDelay(this::removeExpired, 1, 1, TimeUnit.MINUTES);
    }

    @Override
    public ConsumptionProbe take(String client, long tokens) {
        long pausedUntil = unreachableUntil;
        if (pausedUntil != 0 && System.nanoTime() - pausedUntil < 0) {
            return fallback.take(client, tokens);
        }
        try {
            return buckets.get(client, key -> store.builder().withOptimization(Optimizations.delaying(delay)).build(key, configuration))
                    .tryConsumeAndReturnRemaining(tokens);
        } catch (RuntimeException unreachable) {
            unreachableUntil = System.nanoTime() + PAUSE_NANOS;
            report("Rate limits are kept per instance until the database answers again: " + unreachable.getMessage());
            return fallback.take(client, tokens);
        }
    }

    private void removeExpired() {
        try {
            // In batches, so no statement holds many rows' locks; a few thousand clients a minute are removed at most.
            for (int i = 0; i < 10 && store.removeExpired(1000) == 1000; i++) {
                // next batch
            }
        } catch (RuntimeException failure) {
            report("Cannot remove expired rate-limit buckets: " + failure.getMessage());
        }
    }

    /** At most one warning a minute: while the database is down, every request would otherwise log one. */
    private void report(String message) {
        long now = System.nanoTime();
        long last = lastFailureReported.get();
        if (now - last >= QUIET_NANOS && lastFailureReported.compareAndSet(last, now)) {
            log.warn(message);
        }
    }

    @Override
    public void close() {
        cleaner.shutdownNow();
    }
}
