package nl.supplementguidelines.nutrient;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads the nutrient table. */
@Repository
class NutrientRows {

    private static final String COLUMNS = "SELECT id, slug, name, category, name_en, iu_per_microgram FROM nutrient";

    // The IU factor as stored (numeric(20, 6)): its scale is what the API has always shown.
    private static final RowMapper<Nutrient> NUTRIENT = (rs, rowNum) -> new Nutrient(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
            NutrientCategory.valueOf(rs.getString("category")), rs.getString("name_en"), rs.getBigDecimal("iu_per_microgram"));

    private final JdbcClient jdbc;

    NutrientRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Nutrient> all() {
        return jdbc.sql(COLUMNS + " ORDER BY id").query(NUTRIENT).list();
    }

    /** The nutrients with these ids, in one statement. */
    List<Nutrient> byIds(Collection<Long> ids) {
        return jdbc.sql(COLUMNS + " WHERE id IN (:ids)").param("ids", ids).query(NUTRIENT).list();
    }

    Optional<Nutrient> bySlug(String slug) {
        return jdbc.sql(COLUMNS + " WHERE slug = ?").param(slug).query(NUTRIENT).optional();
    }

    Optional<Long> idOfSlug(String slug) {
        return jdbc.sql("SELECT id FROM nutrient WHERE slug = ?").param(slug).query(Long.class).optional();
    }

    /** A page in name order (the slug breaks ties). */
    List<Nutrient> page(long offset, int size) {
        return jdbc.sql(COLUMNS + " ORDER BY name, slug LIMIT ? OFFSET ?").param(size).param(offset).query(NUTRIENT).list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM nutrient").query(Long.class).single();
    }
}
