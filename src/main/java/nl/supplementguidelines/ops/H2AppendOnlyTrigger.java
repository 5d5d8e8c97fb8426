package nl.supplementguidelines.ops;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * H2's half of the append-only audit trail ({@code db/vendor/h2/V20}): refuses every update and delete of the table
 * it guards, as the plpgsql trigger does on PostgreSQL. Public with a public no-arg constructor because H2
 * instantiates it by the name stored in the database (so it stays in {@code ops}, like {@link H2ContentRevisionTrigger}).
 */
public class H2AppendOnlyTrigger implements Trigger {

    private String table = "the table";

    public H2AppendOnlyTrigger() {
    }

    @Override
    public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
                     int type) {
        table = tableName;
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        // SQLSTATE P0001 (raise_exception), as the plpgsql trigger raises it on PostgreSQL.
        throw new SQLException(table + " is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused", "P0001");
    }
}
