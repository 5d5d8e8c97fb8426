package nl.supplementguidelines.nutrient;

import java.util.List;

/**
 * Where a nutrient is recommended. Implemented by the guideline feature, which owns recommendations,
 * so that this feature does not depend on it (guidelines depend on nutrients, not the other way round).
 */
public interface NutrientUsage {

    /** The recommendations of the nutrient across all guidelines, by guideline title. */
    List<NutrientRecommendation> recommendationsOf(NutrientInfo nutrient);
}
