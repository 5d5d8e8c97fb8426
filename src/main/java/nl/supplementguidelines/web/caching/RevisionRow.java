package nl.supplementguidelines.web.caching;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.jdbc.UncategorizedSQLException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.LongAdder;

/** Reads the single row of {@code content_revision}, the same way on every database, and counts the reads. */
final class RevisionRow {

    // A primary-key lookup of one row: cheap enough to run for every request.
    private static final String QUERY = "select revision, changed_at from content_revision where id = 1";

    private static final Log log = LogFactory.getLog(ContentVersion.class);

    private final DataSource dataSource;
    private final Instant builtAt;
    private final LongAdder reads = new LongAdder();
    private volatile boolean missingRowReported;

    /**
     * @param builtAt when this build of the API was made: its representations may differ from those of an earlier
     *                build for the same content, so Last-Modified is never earlier than this
     */
    RevisionRow(DataSource dataSource, Instant builtAt) {
        this.dataSource = dataSource;
        this.builtAt = builtAt.truncatedTo(ChronoUnit.SECONDS);
    }

    /** Plain JDBC on a pooled connection: it may run for every request, so every microsecond counts. */
    Snapshot read() {
        reads.increment();
        try (Connection connection = dataSource.getConnection()) {
            return read(connection);
        } catch (SQLException failure) {
            throw new UncategorizedSQLException("reading the content version", QUERY, failure);
        }
    }

    /** Reads on the given connection (that of a transaction in progress), which stays open. */
    Snapshot read(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(QUERY);
             ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                if (!missingRowReported) {
                    missingRowReported = true;
                    log.error("content_revision has no row, so content changes cannot be detected: nothing is cached until "
                            + "it is restored with: insert into content_revision (id, revision, changed_at) "
                            + "values (1, 0, current_timestamp) (on the embedded H2, restart the API afterwards)");
                }
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
            return new Snapshot(revision + "." + changedAt.toEpochMilli(), lastModified, revision);
        }
    }

    /** When this build was made, to the second. */
    Instant builtAt() {
        return builtAt;
    }

    long reads() {
        return reads.sum();
    }
}
