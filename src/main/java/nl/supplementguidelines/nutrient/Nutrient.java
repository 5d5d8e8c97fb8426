package nl.supplementguidelines.nutrient;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;

/**
 * A nutrient, shared by every guideline that recommends it. Other modules keep its id and ask {@link Nutrients};
 * the row never leaves this package: the API shows {@link NutrientReference} or the nutrient's own views.
 */
class Nutrient {

    private final long id;
    private final String slug;
    private final String name;
    private final NutrientCategory category;
    private final @Nullable String englishName;
    /** How many IU one microgram is; null when the substance defines no factor (then IU never converts). */
    private final @Nullable BigDecimal iuPerMicrogram;

    Nutrient(long id, String slug, String name, NutrientCategory category, @Nullable String englishName, @Nullable BigDecimal iuPerMicrogram) {
        this.id = id;
        this.slug = slug;
        this.name = name;
        this.category = category;
        this.englishName = englishName;
        this.iuPerMicrogram = iuPerMicrogram;
    }

    long getId() {
        return id;
    }

    String getSlug() {
        return slug;
    }

    String getName() {
        return name;
    }

    NutrientCategory getCategory() {
        return category;
    }

    @Nullable String getEnglishName() {
        return englishName;
    }

    @Nullable BigDecimal getIuPerMicrogram() {
        return iuPerMicrogram;
    }
}
