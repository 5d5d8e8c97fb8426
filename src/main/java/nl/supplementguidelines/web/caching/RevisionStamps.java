package nl.supplementguidelines.web.caching;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.DataSourceUtils;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * {@link ContentRevision}: the token of the content version the requests are served under, and stamps read on the
 * connection of the transaction in progress ({@link DataSourceUtils} hands out the one bound to it), so that a
 * streamed representation's tag and its content come from the same snapshot. Not counted in
 * {@code api.content.version.reads}, which is what freshness costs per request.
 */
final class RevisionStamps implements ContentRevision {

    private final ContentVersion contentVersion;
    private final DataSource dataSource;
    private final RevisionRow row;
    private final String build;

    /** @param build identifies this build (its version and build time): what else may change the served bytes */
    RevisionStamps(ContentVersion contentVersion, DataSource dataSource, RevisionRow row, String build) {
        this.contentVersion = contentVersion;
        this.dataSource = dataSource;
        this.row = row;
        this.build = build;
    }

    @Override
    public @Nullable String token() {
        return contentVersion.current().token();
    }

    @Override
    public @Nullable Stamp stamp() {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Snapshot snapshot = row.read(connection);
            Instant lastModified = snapshot.lastModified();
            return snapshot.token() == null || lastModified == null ? null : new Stamp(build + "|" + snapshot.token(), lastModified);
        } catch (SQLException failure) {
            throw new UncategorizedSQLException("reading the content version", "content_revision", failure);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
