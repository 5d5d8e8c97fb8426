package nl.supplementguidelines.guideline;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The guidelines one statement read. When one of them first needs a collection (its alternative names, its parts or
 * its recommendations), the batch reads that collection for all of its members that lack it, {@value #SIZE} ids to a
 * statement: a page or a version costs the same few statements whatever it holds, and never one per guideline.
 */
final class GuidelineBatch {

    /** Ids per {@code IN} list: bounded, so a long export never sends one unbounded statement. */
    static final int SIZE = 100;

    private final JdbcClient jdbc;
    private final List<Guideline> members;

    private GuidelineBatch(JdbcClient jdbc, List<Guideline> members) {
        this.jdbc = jdbc;
        this.members = members;
    }

    /** Makes these guidelines one batch and returns them. */
    static List<Guideline> of(JdbcClient jdbc, List<Guideline> guidelines) {
        GuidelineBatch batch = new GuidelineBatch(jdbc, List.copyOf(guidelines));
        guidelines.forEach(guideline -> guideline.joinBatch(batch));
        return guidelines;
    }

    synchronized void readAlternativeNames() {
        read(guideline -> !guideline.hasAlternativeNames(), ids -> {
            Map<Long, List<String>> names = new HashMap<>();
            jdbc.sql("select guideline_id, name from guideline_alternative_name where guideline_id in (:ids) order by guideline_id, position")
                    .param("ids", ids)
                    .query(rs -> {
                        names.computeIfAbsent(rs.getLong("guideline_id"), id -> new ArrayList<>()).add(rs.getString("name"));
                    });
            return guideline -> guideline.setAlternativeNames(names.getOrDefault(guideline.getId(), List.of()));
        });
    }

    synchronized void readParts() {
        read(guideline -> !guideline.hasParts(), ids -> {
            Map<Long, List<GuidelinePart>> parts = new HashMap<>();
            // The order GuidelineParts relies on: kind, then owner, then position.
            jdbc.sql("""
                    select guideline_id, kind, owner_position, position, text, detail, nutrient_id, target_current
                    from guideline_part where guideline_id in (:ids) order by guideline_id, kind, owner_position, position""")
                    .param("ids", ids)
                    .query(rs -> {
                        long nutrientId = rs.getLong("nutrient_id");
                        Long nutrient = rs.wasNull() ? null : nutrientId;
                        GuidelinePart part = new GuidelinePart(rs.getString("kind"), rs.getInt("owner_position"), rs.getInt("position"),
                                rs.getString("text"), rs.getString("detail"), nutrient, rs.getBoolean("target_current"));
                        parts.computeIfAbsent(rs.getLong("guideline_id"), id -> new ArrayList<>()).add(part);
                    });
            return guideline -> guideline.setParts(parts.getOrDefault(guideline.getId(), List.of()));
        });
    }

    synchronized void readRecommendations() {
        Map<Long, Guideline> byId = new HashMap<>();
        members.forEach(guideline -> byId.put(guideline.getId(), guideline));
        read(guideline -> !guideline.hasRecommendations(), ids -> {
            Map<Long, List<Recommendation>> recommendations = new HashMap<>();
            jdbc.sql("select " + GuidelineColumns.RECOMMENDATION + " from recommendation r where r.guideline_id in (:ids)"
                            + " order by r.guideline_id, r.position")
                    .param("ids", ids)
                    .query(rs -> {
                        Guideline owner = byId.get(rs.getLong("r_guideline_id"));
                        recommendations.computeIfAbsent(owner.getId(), id -> new ArrayList<>()).add(GuidelineColumns.recommendation(rs, owner));
                    });
            return guideline -> guideline.setRecommendations(recommendations.getOrDefault(guideline.getId(), List.of()));
        });
    }

    /** Reads, a bounded batch of ids at a time, what the members without it lack, and gives it to each of them. */
    private void read(Predicate<Guideline> lacking, Function<List<Long>, Consumer<Guideline>> reader) {
        List<Guideline> missing = members.stream().filter(lacking).toList();
        for (int from = 0; from < missing.size(); from += SIZE) {
            List<Guideline> chunk = missing.subList(from, Math.min(from + SIZE, missing.size()));
            Consumer<Guideline> fill = reader.apply(chunk.stream().map(Guideline::getId).toList());
            chunk.forEach(fill);
        }
    }
}
