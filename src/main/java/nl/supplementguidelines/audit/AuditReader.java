package nl.supplementguidelines.audit;

import nl.supplementguidelines.web.ApiPaths;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

/** Reads pages of the audit trail, for one guideline or all, by ascending id. */
@Component
class AuditReader {

    private final JdbcClient jdbc;

    AuditReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    AuditPage after(@Nullable String guideline, long after, int limit) {
        // One more than asked for tells whether more follow, without a count.
        List<AuditRecord> rows = jdbc.sql("""
                        select id, occurred_at, subject, client_id, operation, guideline_slug, version, summary_before, summary_after, request_id
                        from audit_event where id > :after and (cast(:guideline as varchar(100)) is null or guideline_slug = :guideline)
                        order by id limit :limit""")
                .param("after", after).param("guideline", guideline).param("limit", limit + 1)
                .query((rs, row) -> record(rs))
                .list();
        boolean more = rows.size() > limit;
        List<AuditRecord> items = more ? rows.subList(0, limit) : rows;
        long cursor = items.isEmpty() ? after : items.get(items.size() - 1).id();
        UriComponentsBuilder next = UriComponentsBuilder.fromPath(ApiPaths.V1 + "/audit").queryParam("after", cursor).queryParam("limit", limit);
        if (guideline != null) {
            next.queryParam("guideline", guideline);
        }
        return new AuditPage(List.copyOf(items), cursor, more, next.encode().build().toUriString());
    }

    private static AuditRecord record(ResultSet rs) throws SQLException {
        int version = rs.getInt("version");
        Integer maybeVersion = rs.wasNull() ? null : version;
        return new AuditRecord(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("subject"),
                rs.getString("client_id"), rs.getString("operation"), rs.getString("guideline_slug"), maybeVersion,
                rs.getString("summary_before"), rs.getString("summary_after"), rs.getString("request_id"));
    }
}
