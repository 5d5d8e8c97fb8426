package nl.supplementguidelines.ops;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The version of the served content. Cached representations are kept per version, so a changed version never serves
 * old bytes. Database triggers bump the single row of {@code content_revision} after every insert, update or delete
 * of a content table, however it is made (a migration, an editor's SQL; see V6 and V7 in {@code db/vendor}); the
 * version combines that revision with the latest Flyway migration, which also covers changes of the schema alone.
 * Reading it is a primary-key lookup plus Flyway's small history table.
 * <p>
 * How fresh: a read is reused for at most {@code api.cache.version-check-interval} (default 1 s), so a change made in
 * the database while the API runs is served within that interval (migrations run before the API starts, so they are
 * served at once). With an interval of 0 every request sees every change committed before it arrived. Concurrent
 * requests share reads either way (request coalescing): a request uses a read that started after it arrived, or that
 * is younger than the interval, or starts one.
 */
class ContentVersion {

    /** One read of the version: when it started (System.nanoTime) and its outcome. */
    private record Read(long startedAt, CompletableFuture<Snapshot> outcome) {
    }

    private final AtomicReference<Read> latest = new AtomicReference<>();

    private static final String QUERY = """
            select (select max(installed_rank) from flyway_schema_history) as migration,
                   (select max(installed_on) from flyway_schema_history) as migrated_at,
                   revision,
                   changed_at
            from content_revision
            where id = 1
            """;

    /**
     * @param token        identifies the content version; part of the cache key
     * @param lastModified when the content last changed, to the second (HTTP dates have no fractions)
     */
    record Snapshot(String token, Instant lastModified) {
    }

    private final JdbcClient jdbc;
    private final long intervalNanos;

    ContentVersion(JdbcClient jdbc, Duration checkInterval) {
        this.jdbc = jdbc;
        this.intervalNanos = checkInterval.toNanos();
    }

    Snapshot current() {
        long arrival = System.nanoTime();
        while (true) {
            Read read = latest.get();
            if (read != null && (read.startedAt() - arrival >= 0 || isFreshSuccess(read, arrival))) {
                return await(read);
            }
            Read mine = new Read(System.nanoTime(), new CompletableFuture<>());
            if (latest.compareAndSet(read, mine)) {
                try {
                    Snapshot snapshot = query();
                    mine.outcome().complete(snapshot);
                    return snapshot;
                } catch (RuntimeException | Error failure) {
                    mine.outcome().completeExceptionally(failure);
                    throw failure;
                }
            }
            // Another request started a read meanwhile; use it if it started after this request arrived.
        }
    }

    private boolean isFreshSuccess(Read read, long now) {
        return intervalNanos > 0 && now - read.startedAt() < intervalNanos
                && read.outcome().isDone() && !read.outcome().isCompletedExceptionally();
    }

    private static Snapshot await(Read read) {
        try {
            return read.outcome().join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw failed;
        }
    }

    private Snapshot query() {
        return jdbc.sql(QUERY).query((rs, row) -> {
            long migration = rs.getLong("migration");
            Timestamp migratedAt = rs.getTimestamp("migrated_at");
            long revision = rs.getLong("revision");
            Instant changedAt = rs.getObject("changed_at", OffsetDateTime.class).toInstant();
            Instant migrated = migratedAt == null ? Instant.EPOCH : migratedAt.toInstant();
            Instant lastModified = (changedAt.isAfter(migrated) ? changedAt : migrated).truncatedTo(ChronoUnit.SECONDS);
            // RFC 9110, 8.8.2.1: never later than the answer itself; the database's clock may run ahead of this one.
            Instant now = Instant.now();
            if (lastModified.isAfter(now)) {
                lastModified = now.truncatedTo(ChronoUnit.SECONDS);
            }
            // changed_at as well: a database recreated under a running API can reach the same revision number again.
            return new Snapshot(migration + "." + revision + "." + changedAt.toEpochMilli(), lastModified);
        }).optional().orElseThrow(() -> new IllegalStateException(
                "content_revision has no row, so content changes cannot be detected; restore it: "
                        + "insert into content_revision (id, revision, changed_at) values (1, 0, current_timestamp)"));
    }
}
