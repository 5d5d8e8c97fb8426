package nl.supplementguidelines.nutrient;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.supplementguidelines.referencelevel.NutrientLevels;

import java.util.List;

@Schema(name = "Nutrient", description = "A nutrient with every guideline that recommends it, with the dose and evidence there")
record NutrientDetails(
        @Schema(example = "zink") String slug,
        @Schema(description = "Name as the source writes it", example = "Zink") String name,
        @Schema(example = "MINERAL") NutrientCategory category,
        @Schema(description = "Every guideline that recommends this nutrient, by guideline title") List<NutrientRecommendation> recommendedIn,
        NutrientSummary.Links links,
        @Schema(description = "English name, as the reference sources write it", example = "Zinc", nullable = true) String englishName,
        @Schema(description = "How many IU one microgram is, where the substance defines a factor (vitamin D: 40); absent where IU does not convert to mass", nullable = true, example = "40") java.math.BigDecimal iuPerMicrogram,
        @Schema(description = "Safe upper levels of daily intake from our reference sources, each with its citation") NutrientLevels referenceLevels,
        @Schema(description = "Documented medicine interactions") InteractionSummary medicineInteractions) {
}
