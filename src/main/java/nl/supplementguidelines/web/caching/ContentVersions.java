package nl.supplementguidelines.web.caching;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Chooses the {@link ContentVersion} of the database in use, once, at startup (after the migrations ran): the
 * embedded H2's, PostgreSQL's with notifications (a Hikari pool on PostgreSQL), or a read per request for any other.
 */
final class ContentVersions {

    private static final Log log = LogFactory.getLog(ContentVersion.class);

    private ContentVersions() {
    }

    static ContentVersion choose(DataSource dataSource, HttpCacheProperties properties, LocalCommits localCommits,
            Instant builtAt) {
        RevisionRow row = new RevisionRow(dataSource, builtAt);
        String h2 = embeddedH2(dataSource);
        if (h2 != null) {
            return new H2ContentVersion(h2, row);
        }
        ListenConnections connections = properties.versionNotifications() ? ListenConnections.of(dataSource) : null;
        return connections != null
                ? new NotifiedContentVersion(row, connections, localCommits, properties.versionCheckInterval(), properties.versionMaxAge())
                : new ServerContentVersion(row, properties.versionCheckInterval());
    }

    /**
     * The name of the database if it is an H2 whose engine runs in this JVM, so that its triggers announce every
     * change here ({@link EmbeddedContentChanges}); null for any other database (a server, or an H2 in another process).
     */
    private static @Nullable String embeddedH2(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
                return null;
            }
            try (PreparedStatement statement = connection.prepareStatement("select database()");
                 ResultSet row = statement.executeQuery()) {
                String name = row.next() ? row.getString(1) : null;
                return name != null && EmbeddedContentChanges.engineRunsHere(name) ? name : null;
            }
        } catch (SQLException unreachable) {
            // Reading for every request is right for every database; it only costs reads.
            log.warn("Cannot tell the database in use (" + unreachable.getMessage() + "): the content version is read for every request");
            return null;
        }
    }
}
