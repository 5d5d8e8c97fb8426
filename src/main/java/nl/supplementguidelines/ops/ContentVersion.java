package nl.supplementguidelines.ops;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.jdbc.UncategorizedSQLException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * The version of the served content. Cached representations are kept per version, so a changed version never serves
 * old bytes. Database triggers bump the single row of {@code content_revision} after every insert, update or delete
 * of a content table, however it is made (a migration, an editor's SQL; see V6 and V7 in {@code db/vendor}). Reading
 * it is a primary-key lookup of that row. A change of the code alone (a new build) starts with an empty cache, and its
 * build time bounds Last-Modified from below.
 * <p>
 * How fresh: every request sees every change committed before it arrived. With the embedded H2 database that costs
 * no read per request: its triggers announce each change inside this JVM ({@link EmbeddedContentChanges}), and a
 * version read is served until a higher revision is announced. With a database server (PostgreSQL) other processes
 * can change the content, so the revision is read for every request; concurrent requests share reads (request
 * coalescing: a request uses a read that started after it arrived, or starts one). A server deployment may trade
 * freshness for throughput with {@code api.cache.version-check-interval} (default 0): a read is then reused for up to
 * that long, and a change is served within that interval.
 */
class ContentVersion {

    /** One read of the version: when it started (System.nanoTime) and its outcome. */
    private record Read(long startedAt, CompletableFuture<Snapshot> outcome) {
    }

    private final AtomicReference<Read> latest = new AtomicReference<>();

    // A primary-key lookup of one row: cheap enough to run for every request (see current()).
    private static final String QUERY = "select revision, changed_at from content_revision where id = 1";

    /**
     * @param token        identifies the content version; part of the cache key. {@code null}: the version is unknown
     *                     (the revision row is missing), so nothing may be cached
     * @param lastModified when the representations last changed, to the second (HTTP dates have no fractions)
     * @param revision     the revision read from {@code content_revision}
     */
    record Snapshot(String token, Instant lastModified, long revision) {

        static final Snapshot UNKNOWN = new Snapshot(null, null, -1);

        boolean known() {
            return token != null;
        }
    }

    private static final Log log = LogFactory.getLog(ContentVersion.class);

    private final DataSource dataSource;
    private final long intervalNanos;
    private final Instant builtAt;
    private volatile boolean missingRowReported;
    /** The name of the database when it is an embedded H2 (see {@link EmbeddedContentChanges}), "" for a server; null until the first read. */
    private volatile String embeddedDatabase;
    /** The latest version read from an embedded database. */
    private volatile Snapshot embeddedSnapshot;
    private final LongAdder reads = new LongAdder();

    /**
     * @param builtAt when this build of the API was made: its representations may differ from those of an earlier
     *                build for the same content, so Last-Modified is never earlier than this
     */
    ContentVersion(DataSource dataSource, Duration checkInterval, Instant builtAt) {
        this.dataSource = dataSource;
        this.intervalNanos = checkInterval.toNanos();
        this.builtAt = builtAt.truncatedTo(ChronoUnit.SECONDS);
    }

    Snapshot current() {
        long arrival = System.nanoTime();
        Snapshot embedded = embeddedSnapshot;
        if (embedded != null && embedded.revision() >= EmbeddedContentChanges.highestWritten(embeddedDatabase)) {
            // No revision beyond the one read has been written, committed or not: it is still the current content.
            return embedded;
        }
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
        // An embedded database is always read strictly: it costs nothing, as its triggers announce every change.
        return intervalNanos > 0 && !isEmbedded() && now - read.startedAt() < intervalNanos
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

    /** Plain JDBC on a pooled connection: it runs for every request when the interval is 0, so every microsecond counts. */
    private Snapshot query() {
        reads.increment();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(QUERY);
             ResultSet row = statement.executeQuery()) {
            if (embeddedDatabase == null) {
                embeddedDatabase = embeddedH2Name(connection);
            }
            if (!row.next()) {
                if (!missingRowReported) {
                    missingRowReported = true;
                    log.error("content_revision has no row, so content changes cannot be detected: nothing is cached until "
                            + "it is restored with: insert into content_revision (id, revision, changed_at) "
                            + "values (1, 0, current_timestamp) (on the embedded H2, restart the API afterwards)");
                }
                embeddedSnapshot = null;
                return Snapshot.UNKNOWN;
            }
            missingRowReported = false;
            long revision = row.getLong(1);
            Instant changedAt = row.getObject(2, OffsetDateTime.class).toInstant();
            Instant lastModified = changedAt.truncatedTo(ChronoUnit.SECONDS);
            if (lastModified.isBefore(builtAt)) {
                lastModified = builtAt;
            }
            // RFC 9110, 8.8.2.1: never later than the answer itself; the database's clock may run ahead of this one.
            Instant now = Instant.now();
            if (lastModified.isAfter(now)) {
                lastModified = now.truncatedTo(ChronoUnit.SECONDS);
            }
            // changed_at as well: a database recreated under a running API can reach the same revision number again.
            Snapshot snapshot = new Snapshot(revision + "." + changedAt.toEpochMilli(), lastModified, revision);
            if (isEmbedded()) {
                embeddedSnapshot = snapshot;
            }
            return snapshot;
        } catch (SQLException failure) {
            throw new UncategorizedSQLException("reading the content version", QUERY, failure);
        }
    }

    /** How many times the version was read from the database. */
    long reads() {
        return reads.sum();
    }

    private boolean isEmbedded() {
        String database = embeddedDatabase;
        return database != null && !database.isEmpty();
    }

    /**
     * The name of the database if it is an H2 whose engine runs in this JVM, so that its triggers announce every change
     * here ({@link EmbeddedContentChanges}); "" for any other database (a server, or an H2 in another process).
     */
    private static String embeddedH2Name(Connection connection) throws SQLException {
        String url = connection.getMetaData().getURL();
        if (url == null || !url.startsWith("jdbc:h2:")) {
            return "";
        }
        try (PreparedStatement statement = connection.prepareStatement("select database()");
             ResultSet row = statement.executeQuery()) {
            String name = row.next() ? row.getString(1) : null;
            return name != null && EmbeddedContentChanges.engineRunsHere(name) ? name : "";
        }
    }
}
