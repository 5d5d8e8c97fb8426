package nl.supplementguidelines.regimen;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.supplementguidelines.dose.DoseKind;
import nl.supplementguidelines.dose.DoseView;
import nl.supplementguidelines.evidence.EvidenceLevelView;
import nl.supplementguidelines.guideline.GuidelineSource;
import nl.supplementguidelines.nutrient.NutrientReference;
import nl.supplementguidelines.referencelevel.LevelCheckResult;

import java.math.BigDecimal;
import java.util.List;

@Schema(name = "Regimen", description = "Several guidelines combined into one daily plan: one line per nutrient")
record RegimenResponse(
        @Schema(description = "The guidelines combined, with when each last changed") List<GuidelineSource> guidelines,
        @Schema(description = "One line per nutrient, in order of first appearance (guidelines in the request's order, rows in document order)") List<Line> lines,
        @Schema(description = "How doses of several guidelines are merged") String mergeRules,
        @Schema(description = "The outcome in words") String summary) {

    @Schema(name = "RegimenLine")
    record Line(
            NutrientReference nutrient,
            @Schema(description = "SINGLE_SOURCE: one guideline; OVERLAP: the doses overlap and the line takes the overlap; "
                    + "CONFLICT: the doses do not overlap; INCOMPATIBLE_UNITS: the doses are in units that do not convert", example = "OVERLAP") Merge merge,
            @Schema(description = "The merged daily dose; absent for CONFLICT and INCOMPATIBLE_UNITS", nullable = true) MergedDose dailyDose,
            @Schema(description = "Each guideline the line came from, with its row, dose and evidence level") List<Source> sources,
            @Schema(description = "The merged dose (for a conflict: the span of the sources' doses) against the reference levels", nullable = true) LevelCheckResult referenceLevels,
            @Schema(description = "The line in words") String explanation) {
    }

    enum Merge {
        SINGLE_SOURCE, OVERLAP, CONFLICT, INCOMPATIBLE_UNITS
    }

    @Schema(name = "RegimenSource")
    record Source(GuidelineSource guideline, @Schema(example = "5") int position, @Schema(nullable = true) String qualifier, DoseView dailyDose,
                  EvidenceLevelView evidence) {
    }

    @Schema(name = "MergedDose", description = "A daily dose computed by merging; `text` is our wording, not a source's")
    record MergedDose(
            @Schema(example = "RANGE") DoseKind kind,
            @Schema(nullable = true, example = "15") BigDecimal minimum,
            @Schema(nullable = true, example = "20") BigDecimal maximum,
            @Schema(example = "mg") String unit,
            @Schema(example = "mg") String unitSymbol,
            @Schema(example = "d") String per,
            @Schema(description = "The dose in words, in the requested language", example = "15-20 mg") String text) {
    }
}
