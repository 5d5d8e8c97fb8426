package nl.supplementguidelines.nutrient;

import nl.supplementguidelines.language.Language;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/**
 * What other features need to know about a nutrient, detached from the row: its names, for lookups and
 * explanations, and its IU factor, for unit conversion.
 *
 * @param iuPerMicrogram how many IU one microgram is, or null when the substance defines no factor
 */
public record NutrientInfo(long id, String slug, String name, @Nullable String englishName, NutrientCategory category,
        @Nullable BigDecimal iuPerMicrogram) {

    static NutrientInfo of(Nutrient nutrient) {
        return new NutrientInfo(nutrient.getId(), nutrient.getSlug(), nutrient.getName(), nutrient.getEnglishName(),
                nutrient.getCategory(), nutrient.getIuPerMicrogram());
    }

    public NutrientReference reference() {
        return new NutrientReference(slug, name, category, NutrientReference.hrefOf(slug), englishName);
    }

    /** The name to use in a sentence of this language. */
    public String nameIn(Language language) {
        return language == Language.EN && englishName != null ? englishName : name;
    }
}
