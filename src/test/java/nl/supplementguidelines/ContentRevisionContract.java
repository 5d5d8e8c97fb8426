package nl.supplementguidelines;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database half of the content version, on each database the service supports: every table whose data the API
 * serves bumps {@code content_revision} on every change, so an edit made directly in the database is never missed.
 * The tables are found in information_schema, so a future content table without its triggers fails here.
 */
abstract class ContentRevisionContract {

    /**
     * The only tables that hold no served content: bookkeeping (the change feed's counter moves only with an insert
     * into change_event, which is content), the editors' unpublished drafts, the audit trail (publishers only, never
     * cached), the stored answers of Idempotency-Key, the shared rate-limit buckets (V23), the webhook endpoints and their delivery log (V29, V30: a delivery must not
     * invalidate every cached answer) and, on PostgreSQL, the search index (guideline_search,
     * search_word, V25): derived from content tables by their triggers, in the same statement that bumps the revision.
     */
    private static final Set<String> NOT_CONTENT = Set.of("flyway_schema_history", "content_revision", "guideline_draft",
            "change_feed_counter", "audit_event", "idempotency_record", "guideline_draft_editor", "guideline_search", "search_word", "guideline_search_pending",
            "rate_limit_bucket", "webhook_endpoint", "webhook_delivery");

    /** A database with every migration applied. */
    abstract DataSource dataSource();

    /** The information_schema.triggers column that names what a trigger runs. */
    abstract String triggerActionColumn();

    /** What the revision triggers run, as that column shows it. */
    abstract String revisionTriggerAction();

    record Revision(long revision, Instant changedAt) {
    }

    JdbcClient jdbc() {
        return JdbcClient.create(dataSource());
    }

    Revision revision() {
        return jdbc().sql("select revision, changed_at from content_revision where id = 1")
                .query((rs, row) -> new Revision(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant())).single();
    }

    List<String> contentTables() {
        List<String> tables = jdbc().sql("""
                        select table_name from information_schema.tables
                        where table_schema = current_schema and table_type = 'BASE TABLE' order by table_name""")
                .query(String.class).list().stream().filter(table -> !NOT_CONTENT.contains(table)).toList();
        // Not vacuous: the tables of V1..V5 at least.
        assertThat(tables).hasSizeGreaterThanOrEqualTo(19)
                .contains("guideline", "recommendation", "attention_point", "nutrient", "reference_intake_level", "interaction");
        return tables;
    }

    @Test
    void everyContentTableHasRevisionTriggersForInsertUpdateAndDelete() {
        Map<String, Set<String>> events = new TreeMap<>();
        jdbc().sql("select event_object_table, event_manipulation from information_schema.triggers "
                        + "where trigger_schema = current_schema and action_timing = 'AFTER' and " + triggerActionColumn() + " = ?")
                .param(revisionTriggerAction())
                .query((ResultSet rs) -> {
                    events.computeIfAbsent(rs.getString(1), table -> new TreeSet<>()).add(rs.getString(2));
                });

        for (String table : contentTables()) {
            assertThat(events.get(table)).as("revision triggers of " + table).containsExactlyInAnyOrder("DELETE", "INSERT", "UPDATE");
        }
        assertThat(events).doesNotContainKeys(NOT_CONTENT.toArray(String[]::new));
    }

    @Test
    void anUpdateOfAnyContentTableBumpsTheRevision() {
        List<String> updated = new ArrayList<>();
        for (String table : contentTables()) {
            if (jdbc().sql("select count(*) from " + table).query(Long.class).single() == 0) {
                continue; // H2's triggers are per row: an update of no row changes nothing and bumps nothing
            }
            String column = jdbc().sql("""
                            select column_name from information_schema.columns
                            where table_schema = current_schema and table_name = ? and is_generated = 'NEVER'
                            order by ordinal_position desc limit 1""")
                    .param(table).query(String.class).single();
            Revision before = revision();

            jdbc().sql("update " + table + " set " + column + " = " + column).update();

            assertThat(revision().revision()).as(table).isGreaterThan(before.revision());
            updated.add(table);
        }
        assertThat(updated).contains("recommendation", "attention_point", "nutrient", "reference_intake_level", "interaction",
                "interaction_source", "recommendation_effect", "guideline");
    }

    @Test
    void insertsAndDeletesBumpTheRevisionAndRecordWhenTheyHappened() {
        Revision before = revision();
        Instant beforeInsert = Instant.now().truncatedTo(ChronoUnit.MICROS);

        jdbc().sql("insert into evidence_level (level_value) values (99)").update();

        Revision inserted = revision();
        assertThat(inserted.revision()).isGreaterThan(before.revision());
        assertThat(inserted.changedAt()).isBetween(beforeInsert, Instant.now());

        jdbc().sql("delete from evidence_level where level_value = 99").update();

        Revision deleted = revision();
        assertThat(deleted.revision()).isGreaterThan(inserted.revision());
        assertThat(deleted.changedAt()).isAfterOrEqualTo(inserted.changedAt()).isBeforeOrEqualTo(Instant.now());
    }

    @Test
    void aRolledBackChangeLeavesTheRevisionAsItWas() throws SQLException {
        Revision before = revision();

        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.executeUpdate("update nutrient set name = 'Zink (concept)' where slug = 'zink'");
            try (ResultSet inTransaction = statement.executeQuery("select revision from content_revision where id = 1")) {
                inTransaction.next();
                assertThat(inTransaction.getLong(1)).isGreaterThan(before.revision());
            }
            connection.rollback();
        }

        assertThat(revision()).isEqualTo(before);
        assertThat(jdbc().sql("select name from nutrient where slug = 'zink'").query(String.class).single()).isEqualTo("Zink");
    }
}
