package nl.supplementguidelines.guideline;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
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
 * <p>
 * A collection is read only inside the transaction that read the rows, as Hibernate's lazy collections were (with
 * open-in-view off): read later it could come from another snapshot than its guideline, and it would take a
 * connection the caller never asked for. Such a read fails instead, naming what was read. That check also confines
 * the reads to the one thread holding that transaction, so the batch needs no lock (and a virtual thread is never
 * pinned on a monitor around JDBC I/O).
 */
final class GuidelineBatch {

    /** Ids per {@code IN} list: bounded, so a long export never sends one unbounded statement. */
    static final int SIZE = 100;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final List<Guideline> members;
    /** The reading transaction's connection, as the transaction manager bound it; null when no transaction read the rows. */
    private final @Nullable Object transaction;

    private GuidelineBatch(JdbcClient jdbc, DataSource dataSource, List<Guideline> members) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.members = members;
        this.transaction = currentTransaction(dataSource);
    }

    /** Makes these guidelines one batch and returns them. */
    static List<Guideline> of(JdbcClient jdbc, DataSource dataSource, List<Guideline> guidelines) {
        GuidelineBatch batch = new GuidelineBatch(jdbc, dataSource, List.copyOf(guidelines));
        guidelines.forEach(guideline -> guideline.joinBatch(batch));
        return guidelines;
    }

    void readAlternativeNames() {
        read("alternative names", guideline -> !guideline.hasAlternativeNames(), ids -> {
            Map<Long, List<String>> names = new HashMap<>();
            jdbc.sql("select guideline_id, name from guideline_alternative_name where guideline_id in (:ids) order by guideline_id, position")
                    .param("ids", ids)
                    .query(rs -> {
                        names.computeIfAbsent(rs.getLong("guideline_id"), id -> new ArrayList<>()).add(rs.getString("name"));
                    });
            return guideline -> guideline.setAlternativeNames(names.getOrDefault(guideline.getId(), List.of()));
        });
    }

    void readParts() {
        read("parts", guideline -> !guideline.hasParts(), ids -> {
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

    void readRecommendations() {
        Map<Long, Guideline> byId = new HashMap<>();
        members.forEach(guideline -> byId.put(guideline.getId(), guideline));
        read("recommendations", guideline -> !guideline.hasRecommendations(), ids -> {
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
    private void read(String what, Predicate<Guideline> lacking, Function<List<Long>, Consumer<Guideline>> reader) {
        List<Guideline> missing = members.stream().filter(lacking).toList();
        if (missing.isEmpty()) {
            return;
        }
        if (transaction == null || currentTransaction(dataSource) != transaction) {
            throw new IllegalStateException("The " + what + " of guideline " + missing.get(0).getSlug() + (missing.size() > 1
                    ? " (and " + (missing.size() - 1) + " more read with it)" : "") + " were asked for outside the transaction that read "
                    + (transaction == null ? "it: none did" : "it"));
        }
        for (int from = 0; from < missing.size(); from += SIZE) {
            List<Guideline> chunk = missing.subList(from, Math.min(from + SIZE, missing.size()));
            Consumer<Guideline> fill = reader.apply(chunk.stream().map(Guideline::getId).toList());
            chunk.forEach(fill);
        }
    }

    /** The connection the transaction manager bound for this thread's actual transaction, if there is one. */
    private static @Nullable Object currentTransaction(DataSource dataSource) {
        return TransactionSynchronizationManager.isActualTransactionActive() ? TransactionSynchronizationManager.getResource(dataSource) : null;
    }
}
