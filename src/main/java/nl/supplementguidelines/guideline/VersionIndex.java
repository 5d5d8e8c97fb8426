package nl.supplementguidelines.guideline;

import nl.supplementguidelines.guideline.GuidelineVersions.VersionEntry;
import nl.supplementguidelines.guideline.GuidelineVersions.VersionQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The published versions as an index (slug, number, status, publication time) for searches over versions: one
 * statement on the guideline table, no guideline row mapped. The query's values are bound, never spliced.
 */
@Component
class VersionIndex {

    private static final RowMapper<VersionEntry> ROW = (rs, row) -> new VersionEntry(rs.getString("slug"), rs.getInt("version"),
            rs.getString("status"), rs.getObject("published_at", OffsetDateTime.class).toInstant());

    private final JdbcTemplate jdbc;

    VersionIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<VersionEntry> find(VersionQuery query, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(query, args);
        args.add(limit);
        args.add(offset);
        return jdbc.query("select slug, version, status, published_at from guideline" + where
                + " order by slug, version limit ? offset ?", ROW, args.toArray());
    }

    long count(VersionQuery query) {
        List<Object> args = new ArrayList<>();
        Long count = jdbc.queryForObject("select count(*) from guideline" + where(query, args), Long.class, args.toArray());
        return count == null ? 0 : count;
    }

    private static String where(VersionQuery query, List<Object> args) {
        StringBuilder where = new StringBuilder(" where status in (");
        List<String> statuses = query.statuses().stream().sorted().toList();
        for (int i = 0; i < statuses.size(); i++) {
            where.append(i == 0 ? "?" : ", ?");
            args.add(statuses.get(i));
        }
        where.append(')');
        if (query.slug() != null) {
            where.append(" and slug = ?");
            args.add(query.slug());
        }
        if (query.version() != null) {
            where.append(" and version = ?");
            args.add(query.version());
        }
        if (query.compactSlugPrefix() != null) {
            // Only letters and digits (checked by the record), so nothing in it is a LIKE wildcard.
            where.append(" and replace(slug, '-', '') like ?");
            args.add(query.compactSlugPrefix() + "%");
        }
        return where.toString();
    }
}
