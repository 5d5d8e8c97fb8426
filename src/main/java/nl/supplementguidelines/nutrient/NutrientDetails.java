package nl.supplementguidelines.nutrient;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Schema(name = "Nutrient", description = "A nutrient with every guideline that recommends it, with the dose and evidence there")
record NutrientDetails(
        @Schema(example = "zink") String slug,
        @Schema(description = "Name as the source writes it", example = "Zink") String name,
        @Schema(example = "MINERAL") NutrientCategory category,
        @Schema(description = "Every guideline that recommends this nutrient, by guideline title") List<NutrientRecommendation> recommendedIn,
        NutrientSummary.Links links) {
}
