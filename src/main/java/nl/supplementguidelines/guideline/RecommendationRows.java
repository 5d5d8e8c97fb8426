package nl.supplementguidelines.guideline;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads recommendations across guidelines. */
@Repository
class RecommendationRows {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    RecommendationRows(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * The CURRENT versions' recommendations of a nutrient (superseded and withdrawn versions recommend nothing any more),
     * in the guidelines' title order, each with its guideline read in the same statement; the guidelines are one batch.
     */
    List<Recommendation> findByNutrientId(long nutrientId) {
        Map<Long, Guideline> guidelines = new LinkedHashMap<>();
        List<Recommendation> found = new ArrayList<>();
        jdbc.sql("select " + GuidelineColumns.GUIDELINE + ", " + GuidelineColumns.RECOMMENDATION
                        + " from recommendation r join guideline g on g.id = r.guideline_id"
                        + " where r.nutrient_id = :nutrient and g.status = 'CURRENT' order by g.title, g.slug")
                .param("nutrient", nutrientId)
                .query(rs -> {
                    Guideline guideline = guidelines.get(rs.getLong("id"));
                    if (guideline == null) {
                        guideline = GuidelineColumns.guideline(rs);
                        guidelines.put(guideline.getId(), guideline);
                    }
                    found.add(GuidelineColumns.recommendation(rs, guideline));
                });
        GuidelineBatch.of(jdbc, dataSource, List.copyOf(guidelines.values()));
        return found;
    }
}
