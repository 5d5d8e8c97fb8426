package nl.supplementguidelines.ops;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The version of the served content, read from the database on every cached request (one small query), so a cached
 * representation is never served after the content changed. Content changes through Flyway migrations (which add a
 * row to the schema history) and every change to a guideline sets its {@code last_modified}; the version combines
 * both, plus the number of guidelines so that a removal counts too.
 */
class ContentVersion {

    private static final String QUERY = """
            select (select max(installed_rank) from flyway_schema_history) as migration,
                   (select max(installed_on) from flyway_schema_history) as migrated_at,
                   (select count(*) from guideline) as guidelines,
                   (select max(last_modified) from guideline) as content_modified
            """;

    /**
     * @param token        identifies the content version; part of the cache key
     * @param lastModified when the content last changed, to the second (HTTP dates have no fractions)
     */
    record Snapshot(String token, Instant lastModified) {
    }

    private final JdbcClient jdbc;

    ContentVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Snapshot current() {
        return jdbc.sql(QUERY).query((rs, row) -> {
            long migration = rs.getLong("migration");
            Timestamp migratedAt = rs.getTimestamp("migrated_at");
            long guidelines = rs.getLong("guidelines");
            OffsetDateTime contentModified = rs.getObject("content_modified", OffsetDateTime.class);
            Instant content = contentModified == null ? Instant.EPOCH : contentModified.toInstant();
            Instant migrated = migratedAt == null ? Instant.EPOCH : migratedAt.toInstant();
            Instant lastModified = (content.isAfter(migrated) ? content : migrated).truncatedTo(ChronoUnit.SECONDS);
            return new Snapshot(migration + "." + guidelines + "." + content.toEpochMilli(), lastModified);
        }).single();
    }
}
