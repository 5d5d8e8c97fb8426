package nl.supplementguidelines.nutrient;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "NutrientSummary")
record NutrientSummary(
        @Schema(example = "zink") String slug,
        @Schema(description = "Name as the source writes it", example = "Zink") String name,
        @Schema(example = "MINERAL") NutrientCategory category,
        @Schema(description = "Links to follow") Links links,
        @Schema(description = "English name, as the reference sources write it", example = "Zinc", nullable = true) String englishName) {

    @Schema(name = "NutrientLinks")
    record Links(@Schema(example = "/api/v1/nutrients/zink") String self) {
    }

    static NutrientSummary of(Nutrient nutrient) {
        return new NutrientSummary(nutrient.getSlug(), nutrient.getName(), nutrient.getCategory(),
                new Links(NutrientReference.hrefOf(nutrient.getSlug())), nutrient.getEnglishName());
    }
}
