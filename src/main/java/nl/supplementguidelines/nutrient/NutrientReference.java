package nl.supplementguidelines.nutrient;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.supplementguidelines.web.ApiPaths;

/** A short, followable reference to a nutrient, used wherever another resource mentions one. */
@Schema(name = "NutrientReference")
public record NutrientReference(
        @Schema(example = "zink") String slug,
        @Schema(description = "Name as the source writes it", example = "Zink") String name,
        @Schema(example = "MINERAL") NutrientCategory category,
        @Schema(description = "Where the nutrient resource is", example = "/api/v1/nutrients/zink") String href,
        @Schema(description = "English name, as the reference sources write it", example = "Zinc", nullable = true) String englishName) {

    public static String hrefOf(String slug) {
        return ApiPaths.V1 + "/nutrients/" + slug;
    }
}
