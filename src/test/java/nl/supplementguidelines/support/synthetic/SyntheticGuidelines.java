package nl.supplementguidelines.support.synthetic;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Synthetic guidelines for tests and benchmarks only (never a migration): the real structure (every child table a
 * published version has), clearly marked (slug {@value #SLUG_PREFIX}..., a title saying "Synthetische", source
 * {@value #SOURCE}), with the real nutrients and dose shapes ({@link RealDoses}). Plain JDBC, multi-row inserts
 * ({@link Rows}), a transaction per {@value #GUIDELINES_PER_TRANSACTION} guidelines: 10,000 take seconds on H2 and
 * PostgreSQL. The database must be migrated (the seed is where the doses come from).
 */
public final class SyntheticGuidelines {

    public static final String SLUG_PREFIX = "synthetic-";
    public static final String SOURCE = "synthetic test data";
    static final int GUIDELINES_PER_TRANSACTION = 500;

    private final RealDoses doses;
    private final Shape shape;
    private final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

    private SyntheticGuidelines(RealDoses doses, Shape shape) {
        this.doses = doses;
        this.shape = shape;
    }

    /** The slug of synthetic guideline number {@code number} (1-based). */
    public static String slug(int number) {
        return SLUG_PREFIX + String.format("%05d", number);
    }

    /** Inserts guidelines {@code first} to {@code first + count - 1}, each of this shape. */
    public static void insert(DataSource dataSource, int first, int count, Shape shape) {
        try (Connection connection = dataSource.getConnection()) {
            insert(connection, first, count, shape);
        } catch (SQLException e) {
            throw new IllegalStateException("inserting synthetic guidelines failed", e);
        }
    }

    /** Deletes every synthetic guideline again (children first), for a test that shares its database with others. */
    public static void deleteAll(DataSource dataSource) {
        String guidelines = "(select id from guideline where slug like '" + SLUG_PREFIX + "%')";
        List<String> deletes = List.of(
                "delete from recommendation_effect where recommendation_id in (select id from recommendation where guideline_id in " + guidelines + ")",
                "delete from related_condition_example where related_condition_id in (select id from related_condition where guideline_id in "
                        + guidelines + ")",
                "delete from recommendation where guideline_id in " + guidelines,
                "delete from related_condition where guideline_id in " + guidelines,
                "delete from guideline_alternative_name where guideline_id in " + guidelines,
                "delete from guideline_cause where guideline_id in " + guidelines,
                "delete from guideline_editorial_note where guideline_id in " + guidelines,
                "delete from guideline_footnote where guideline_id in " + guidelines,
                "delete from attention_point where guideline_id in " + guidelines,
                "delete from related_guideline where guideline_id in " + guidelines,
                "delete from guideline where slug like '" + SLUG_PREFIX + "%'");
        try (Connection connection = dataSource.getConnection(); java.sql.Statement statement = connection.createStatement()) {
            for (String delete : deletes) {
                statement.executeUpdate(delete);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("deleting synthetic guidelines failed", e);
        }
    }

    static void insert(Connection connection, int first, int count, Shape shape) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            SyntheticGuidelines generator = new SyntheticGuidelines(RealDoses.read(connection), shape);
            for (int from = first; from < first + count; from += GUIDELINES_PER_TRANSACTION) {
                generator.chunk(connection, from, Math.min(GUIDELINES_PER_TRANSACTION, first + count - from));
                connection.commit();
            }
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private void chunk(Connection connection, int from, int count) throws SQLException {
        Rows guidelines = new Rows(connection, "guideline", "slug", "title", "language", "description", "causality_statement", "goal",
                "source_title", "source_description", "last_modified", "version", "status", "published_at", "published_by", "change_note");
        List<String> slugs = new ArrayList<>();
        for (int number = from; number < from + count; number++) {
            String title = "Synthetische richtlijn " + String.format("%05d", number) + " " + TOPICS[number % TOPICS.length];
            guidelines.add(slug(number), title, "nl", "Synthetische testrichtlijn " + number + " over " + TOPICS[number % TOPICS.length]
                    + ", geen gezondheidsinformatie.", "Synthetisch: geen causaliteit.", "Synthetisch: geen doel.", SOURCE,
                    "Generated by SyntheticGuidelines for tests and benchmarks; not health content.", now, 1, "CURRENT", now, SOURCE,
                    "Version 1: " + SOURCE);
            slugs.add(slug(number));
        }
        guidelines.flush();
        Map<String, Long> ids = ids(connection, "select id, slug from guideline where slug in ", slugs);
        children(connection, from, count, ids);
    }

    private void children(Connection connection, int from, int count, Map<String, Long> ids) throws SQLException {
        Rows names = new Rows(connection, "guideline_alternative_name", "guideline_id", "position", "name");
        Rows causes = new Rows(connection, "guideline_cause", "guideline_id", "position", "text");
        Rows notes = new Rows(connection, "guideline_editorial_note", "guideline_id", "position", "text");
        Rows footnotes = new Rows(connection, "guideline_footnote", "guideline_id", "position", "marker", "text");
        Rows conditions = new Rows(connection, "related_condition", "guideline_id", "position", "name");
        Rows recommendations = new Rows(connection, "recommendation", "guideline_id", "position", "nutrient_id", "qualifier", "dose_minimum",
                "dose_maximum", "dose_unit", "dose_period", "dose_source_text", "dose_footnote_marker", "evidence_level");
        Rows points = new Rows(connection, "attention_point", "guideline_id", "position", "text", "nutrient_id", "editorial_note");
        Rows related = new Rows(connection, "related_guideline", "guideline_id", "position", "target_slug", "target_title");
        for (int number = from; number < from + count; number++) {
            long id = ids.get(slug(number));
            for (int p = 1; p <= shape.alternativeNames(); p++) {
                names.add(id, p, "synthetisch alias " + number + "-" + p);
            }
            for (int p = 1; p <= shape.causes(); p++) {
                causes.add(id, p, "synthetische oorzaak " + p);
            }
            for (int p = 1; p <= shape.editorialNotes(); p++) {
                notes.add(id, p, "Synthetic editorial note " + p + ".");
            }
            for (int p = 1; p <= shape.footnotes(); p++) {
                footnotes.add(id, p, marker(p), "Synthetische voetnoot " + p + ".");
            }
            for (int p = 1; p <= shape.conditions(); p++) {
                conditions.add(id, p, "synthetische aandoening " + p);
            }
            List<Long> nutrients = recommend(recommendations, id, number);
            for (int p = 1; p <= shape.attentionPoints(); p++) {
                // Every other point is about one of the guideline's nutrients, as in the source.
                points.add(id, p, "Synthetisch aandachtspunt " + p + ".", p % 2 == 0 ? nutrients.get(p % nutrients.size()) : null,
                        p == 1 ? "Synthetic note." : null);
            }
            for (int p = 1; p <= shape.relatedGuidelines(); p++) {
                // Links to the next synthetic guidelines: most resolve, the ones past the last do not (yet).
                related.add(id, p, slug(number + p), "Synthetische richtlijn " + String.format("%05d", number + p));
            }
        }
        for (Rows rows : List.of(names, causes, notes, footnotes, conditions, recommendations, points, related)) {
            rows.flush();
        }
        grandchildren(connection, ids);
    }

    /** The guideline's recommendations: the real doses from a rotating start, one per nutrient; returns their nutrients. */
    private List<Long> recommend(Rows recommendations, long guidelineId, int number) throws SQLException {
        Set<Long> nutrients = new HashSet<>();
        List<Long> chosen = new ArrayList<>();
        int wanted = Math.min(shape.recommendations() + number % 3, doses.size());
        for (int i = 0; chosen.size() < wanted && i < doses.size(); i++) {
            RealDoses.Dose dose = doses.get(number + i);
            if (nutrients.add(dose.nutrientId())) {
                chosen.add(dose.nutrientId());
                String marker = dose.footnoteMarker() != null && shape.footnotes() > 0 ? marker(1) : null;
                recommendations.add(guidelineId, chosen.size(), dose.nutrientId(), dose.qualifier(), dose.minimum(), dose.maximum(),
                        dose.unit(), dose.period(), dose.sourceText(), marker, dose.evidence());
            }
        }
        return chosen;
    }

    private void grandchildren(Connection connection, Map<String, Long> ids) throws SQLException {
        Rows effects = new Rows(connection, "recommendation_effect", "recommendation_id", "position", "text");
        for (long recommendation : ids(connection, "select id, id from recommendation where guideline_id in ", ids.values()).values()) {
            for (int p = 1; p <= shape.effectsPerRecommendation(); p++) {
                effects.add(recommendation, p, "Synthetisch effect " + p);
            }
        }
        effects.flush();
        Rows examples = new Rows(connection, "related_condition_example", "related_condition_id", "position", "name");
        for (long condition : ids(connection, "select id, id from related_condition where guideline_id in ", ids.values()).values()) {
            for (int p = 1; p <= shape.examplesPerCondition(); p++) {
                examples.add(condition, p, "synthetisch voorbeeld " + p);
            }
        }
        examples.flush();
    }

    /** Runs {@code select id, key ... in (keys)} and maps each key (as a string) to its id. */
    private static Map<String, Long> ids(Connection connection, String sql, java.util.Collection<?> keys) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        String in = "(" + String.join(", ", java.util.Collections.nCopies(keys.size(), "?")) + ")";
        try (PreparedStatement query = connection.prepareStatement(sql + in)) {
            int index = 1;
            for (Object key : keys) {
                query.setObject(index++, key);
            }
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    ids.put(row.getString(2), row.getLong(1));
                }
            }
        }
        return ids;
    }

    private static String marker(int position) {
        return position <= 3 ? "*".repeat(position) : "[" + position + "]";
    }

    /** Words of the seeded guideline's related conditions, so that titles differ and a search finds some, not all. */
    private static final String[] TOPICS = {"inflammatie", "vermoeidheid", "depressie", "hartfalen", "allergie", "stofwisseling",
            "overgewicht", "auto-immuun", "darm", "huid"};

    /**
     * How many parts each guideline gets. {@link #LIKE_LEAKY_GUT} has about the seed's size (3 to 5 of its 8 dose
     * shapes); {@link #large} makes every part {@code n} long (recommendations stop at one per real nutrient).
     */
    public record Shape(int alternativeNames, int causes, int conditions, int examplesPerCondition, int footnotes, int editorialNotes,
                        int recommendations, int effectsPerRecommendation, int attentionPoints, int relatedGuidelines) {

        public static final Shape LIKE_LEAKY_GUT = new Shape(3, 5, 9, 1, 1, 2, 3, 2, 3, 2);

        public static Shape large(int n) {
            return new Shape(n, n, n, n, n, n, n, n, n, n);
        }
    }
}
