package nl.supplementguidelines.ops;

import nl.supplementguidelines.web.caching.EmbeddedContentChanges;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * H2's half of the content revision (see {@code web.caching.ContentVersion}): H2 has no procedural trigger language, so the
 * triggers of {@code db/vendor/h2/V7__content_revision_triggers.sql} call this class. PostgreSQL does the same in
 * plpgsql.
 * <p>
 * Public with a public no-arg constructor because H2 instantiates it by name; that name is stored in the database, so
 * renaming or moving the class needs a migration that recreates the triggers. That is why it is the one class left in
 * {@code ops} while the rest of the web layer moved to {@code web}: every H2 file database migrated so far names it.
 * <p>
 * The triggers are row-level: H2 runs a statement-level trigger without switching off auto-commit, so the update
 * below would try to commit inside the trigger and fail for every auto-committed edit. A row-level trigger costs one
 * update of the single revision row per changed row, which is nothing for editorial changes.
 * <p>
 * It runs where the H2 engine runs, which for the embedded database is the API's own JVM: there it also tells
 * {@link EmbeddedContentChanges} the revision it wrote, so the API needs no database read per request to notice it.
 */
public class H2ContentRevisionTrigger implements Trigger {

    // greatest(): the revision row is locked until commit, so a transaction that started earlier but commits later
    // must not move changed_at (and with it Last-Modified) backwards.
    private static final String BUMP = """
            update content_revision set revision = revision + 1, changed_at = greatest(changed_at, ?) where id = 1""";

    private static final String WRITTEN = "select revision from content_revision where id = 1";

    private String database;

    public H2ContentRevisionTrigger() {
    }

    @Override
    public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
                     int type) throws SQLException {
        try (PreparedStatement name = connection.prepareStatement("select database()"); ResultSet row = name.executeQuery()) {
            row.next();
            database = row.getString(1);
        }
        EmbeddedContentChanges.engineOpened(database);
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        try (PreparedStatement bump = connection.prepareStatement(BUMP)) {
            // The clock of the change itself, not the start of its transaction (H2's current_timestamp).
            bump.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
            if (bump.executeUpdate() == 0) {
                // The revision row is gone, so no revision can tell this change: make the API read for every request.
                EmbeddedContentChanges.announce(database, Long.MAX_VALUE);
                return;
            }
        }
        // Within this transaction the new revision is visible; announce it before the commit makes it visible to others.
        try (PreparedStatement written = connection.prepareStatement(WRITTEN); ResultSet row = written.executeQuery()) {
            if (row.next()) {
                EmbeddedContentChanges.announce(database, row.getLong(1));
            }
        }
    }
}
