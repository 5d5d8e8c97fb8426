package nl.supplementguidelines.ops;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * H2's half of the content revision (see {@link ContentVersion}): H2 has no procedural trigger language, so the
 * triggers of {@code db/vendor/h2/V7__content_revision_triggers.sql} call this class. PostgreSQL does the same in
 * plpgsql.
 * <p>
 * Public with a public no-arg constructor because H2 instantiates it by name; that name is stored in the database, so
 * renaming or moving the class needs a migration that recreates the triggers.
 * <p>
 * The triggers are row-level: H2 runs a statement-level trigger without switching off auto-commit, so the update
 * below would try to commit inside the trigger and fail for every auto-committed edit. A row-level trigger costs one
 * update of the single revision row per changed row, which is nothing for editorial changes.
 */
public class H2ContentRevisionTrigger implements Trigger {

    // greatest(): the revision row is locked until commit, so a transaction that started earlier but commits later
    // must not move changed_at (and with it Last-Modified) backwards.
    private static final String BUMP = """
            update content_revision set revision = revision + 1, changed_at = greatest(changed_at, ?) where id = 1""";

    public H2ContentRevisionTrigger() {
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        try (PreparedStatement bump = connection.prepareStatement(BUMP)) {
            // The clock of the change itself, not the start of its transaction (H2's current_timestamp).
            bump.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
            bump.executeUpdate();
        }
    }
}
