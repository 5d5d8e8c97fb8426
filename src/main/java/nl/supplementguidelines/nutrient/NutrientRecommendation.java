package nl.supplementguidelines.nutrient;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.supplementguidelines.dose.DoseView;
import nl.supplementguidelines.evidence.EvidenceLevelView;
import nl.supplementguidelines.referencelevel.LevelCheck;

import java.util.List;

/** How one guideline recommends a nutrient: the reverse side of a guideline's recommendation. */
@Schema(name = "NutrientRecommendation")
public record NutrientRecommendation(
        @Schema(description = "The guideline that recommends the nutrient") GuidelineReference guideline,
        @Schema(description = "Position of the row in the guideline's table (1-based)", example = "5") int position,
        @Schema(description = "Qualifier the source adds to the nutrient", example = "multi-strain, multi-species", nullable = true) String qualifier,
        @Schema(description = "What the nutrient does, in the source's words and order") List<String> effects,
        DoseView dailyDose,
        EvidenceLevelView evidence,
        @Schema(description = "The daily dose against the reference levels of safe daily intake (computed), citing them") LevelCheck referenceLevels) {

    @Schema(name = "GuidelineReference")
    public record GuidelineReference(
            @Schema(example = "leaky-gut") String slug,
            @Schema(example = "Leaky gut") String title,
            @Schema(description = "The guideline's current published version", example = "1") int version,
            @Schema(example = "/api/v1/guidelines/leaky-gut") String href) {
    }
}
