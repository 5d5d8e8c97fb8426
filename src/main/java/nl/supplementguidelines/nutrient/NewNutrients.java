package nl.supplementguidelines.nutrient;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;

/**
 * Adds nutrients to the catalogue (the editing module's {@code POST /nutrients}). A second face of the module beside
 * {@link Nutrients}, which only reads. The caller owns the transaction (with its audit and change feed entries).
 */
@Service
public class NewNutrients {

    private final JdbcTemplate jdbc;

    NewNutrients(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the nutrient; a slug that exists already fails on {@code uk_nutrient_slug} (the caller answers 409).
     *
     * @param iuFactorCitation where the IU factor comes from; required with a factor (the table's check refuses one without)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void add(String slug, String name, NutrientCategory category, @Nullable String englishName,
            @Nullable BigDecimal iuPerMicrogram, @Nullable String iuFactorCitation) {
        jdbc.update("insert into nutrient (slug, name, category, name_en, iu_per_microgram, iu_factor_citation) values (?, ?, ?, ?, ?, ?)",
                slug, name, category.name(), englishName, iuPerMicrogram, iuFactorCitation);
    }
}
