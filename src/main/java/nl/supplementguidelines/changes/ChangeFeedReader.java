package nl.supplementguidelines.changes;

import nl.supplementguidelines.web.ApiPaths;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Reads pages of the feed: only committed events are visible, and they are a gapless prefix (see {@link ChangeFeed}).
 * Public for the webhook module, which delivers the feed to registered endpoints from each one's cursor.
 */
@Component
public class ChangeFeedReader {

    private final JdbcClient jdbc;

    ChangeFeedReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ChangePage after(long after, int limit) {
        // One more than asked for tells whether more follow, without a count.
        List<ChangeEvent> rows = jdbc.sql("""
                        select position, occurred_at, type, guideline_slug, version, language, nutrient_slug
                        from change_event where position > ? order by position limit ?""")
                .params(after, limit + 1)
                .query((rs, row) -> event(rs))
                .list();
        boolean more = rows.size() > limit;
        List<ChangeEvent> items = more ? rows.subList(0, limit) : rows;
        long cursor = items.isEmpty() ? after : items.get(items.size() - 1).position();
        // Read after the events: the counter commits with its event, so this is at least the position of every row read.
        long lastPosition = jdbc.sql("select last_position from change_feed_counter where id = 1").query(Long.class).single();
        return new ChangePage(List.copyOf(items), cursor, more, ApiPaths.V1 + "/changes?after=" + cursor + "&limit=" + limit, lastPosition);
    }

    /** The feed's last position (0 while it has none). */
    public long lastPosition() {
        return jdbc.sql("select last_position from change_feed_counter where id = 1").query(Long.class).single();
    }

    private static ChangeEvent event(ResultSet rs) throws SQLException {
        String slug = rs.getString("guideline_slug");
        int version = rs.getInt("version");
        ChangeEvent.@Nullable GuidelineVersionReference guideline = slug == null || rs.wasNull() ? null
                : new ChangeEvent.GuidelineVersionReference(slug, version, ApiPaths.V1 + "/guidelines/" + slug + "/versions/" + version);
        String nutrient = rs.getString("nutrient_slug");
        return new ChangeEvent(rs.getLong("position"), ChangeType.valueOf(rs.getString("type")),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), guideline, rs.getString("language"),
                nutrient == null ? null : new ChangeEvent.NutrientReference(nutrient, ApiPaths.V1 + "/nutrients/" + nutrient));
    }
}
