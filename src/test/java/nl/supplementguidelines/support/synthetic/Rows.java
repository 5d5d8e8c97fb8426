package nl.supplementguidelines.support.synthetic;

import org.jspecify.annotations.Nullable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Rows for one table, written as multi-row INSERT statements of up to {@link #ROWS_PER_STATEMENT} rows: on PostgreSQL
 * the content-revision trigger runs once per statement, so one row per statement would bump the revision row hundreds
 * of thousands of times in one transaction; on both databases it is the fastest portable way to insert.
 */
final class Rows {

    static final int ROWS_PER_STATEMENT = 500;

    private final Connection connection;
    private final String table;
    private final List<String> columns;
    private final List<@Nullable Object[]> pending = new ArrayList<>();

    Rows(Connection connection, String table, String... columns) {
        this.connection = connection;
        this.table = table;
        this.columns = List.of(columns);
    }

    void add(@Nullable Object... values) throws SQLException {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns.size() + " columns");
        }
        pending.add(values);
        if (pending.size() == ROWS_PER_STATEMENT) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        String row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values "
                + String.join(", ", Collections.nCopies(pending.size(), row));
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int index = 1;
            for (Object[] values : pending) {
                for (Object value : values) {
                    insert.setObject(index++, value);
                }
            }
            insert.executeUpdate();
        }
        pending.clear();
    }
}
