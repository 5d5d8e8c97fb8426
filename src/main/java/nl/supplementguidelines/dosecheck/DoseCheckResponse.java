package nl.supplementguidelines.dosecheck;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.supplementguidelines.dose.DoseView;
import nl.supplementguidelines.evidence.EvidenceLevelView;
import nl.supplementguidelines.guideline.GuidelineSource;
import nl.supplementguidelines.nutrient.NutrientReference;
import nl.supplementguidelines.referencelevel.LevelCheckResult;

import java.math.BigDecimal;
import java.util.List;

@Schema(name = "DoseCheck", description = "Each intake against the guidelines' daily doses and the reference levels, with what each verdict was computed from")
record DoseCheckResponse(
        @Schema(description = "The guidelines checked against, with when each last changed") List<GuidelineSource> guidelines,
        @Schema(description = "One result per intake, in the request's order") List<IntakeResult> results,
        @Schema(description = "For each nutrient given in more than one intake: the sum, checked as a whole (upper levels are about total intake)") List<NutrientTotal> totals,
        @Schema(description = "Nutrients the guidelines recommend that the intakes lack") List<MissingNutrient> missingNutrients,
        @Schema(description = "The outcome in words") String summary) {

    @Schema(name = "IntakeResult")
    record IntakeResult(
            @Schema(description = "Position in the request's `intakes`", example = "0") int index,
            NutrientReference nutrient,
            @Schema(description = "The intake as understood") IntakeView intake,
            @Schema(description = "The intake against each guideline, in the request's order") List<GuidelineCheck> guidelineChecks,
            @Schema(description = "The intake against the nutrient's reference levels") LevelCheckResult referenceLevels,
            @Schema(description = "Everything above in words, citing the guidelines and reference levels") String explanation) {
    }

    @Schema(name = "NutrientTotal")
    record NutrientTotal(
            NutrientReference nutrient,
            @Schema(description = "The intakes added up, by their position in the request", example = "[0, 2]") List<Integer> intakeIndexes,
            @Schema(description = "The sum, in the unit of the first of them") IntakeView total,
            @Schema(description = "The sum against each guideline") List<GuidelineCheck> guidelineChecks,
            @Schema(description = "The sum against the nutrient's reference levels") LevelCheckResult referenceLevels,
            @Schema(description = "Everything above in words") String explanation) {
    }

    @Schema(name = "IntakeAmount")
    record IntakeView(
            @Schema(description = "Exact amount per day", example = "30") BigDecimal amount,
            @Schema(description = "UCUM code", example = "mg") String unit,
            @Schema(example = "mg") String unitSymbol,
            @Schema(description = "The dose wording given, if any", nullable = true, example = "30 mg") String asGiven,
            @Schema(description = "The equivalent the wording gave in brackets, checked against the nutrient's factor", nullable = true) Equivalent equivalent) {
    }

    @Schema(name = "IntakeEquivalent")
    record Equivalent(@Schema(example = "1000") BigDecimal amount, @Schema(example = "[IU]") String unit, @Schema(example = "IU") String unitSymbol) {
    }

    @Schema(name = "GuidelineCheck")
    record GuidelineCheck(
            @Schema(description = "The guideline, with when its content last changed") GuidelineSource guideline,
            @Schema(description = "Row of the guideline's table used; absent for NOT_IN_GUIDELINE", nullable = true, example = "5") Integer recommendationPosition,
            @Schema(description = "BELOW, WITHIN or ABOVE the guideline's daily dose; NOT_IN_GUIDELINE when the guideline does not recommend the nutrient", example = "ABOVE") Verdict verdict,
            @Schema(description = "The guideline's daily dose, as the guideline gives it", nullable = true) DoseView guidelineDose,
            @Schema(description = "The intake and the guideline's dose in one common unit", nullable = true) CommonUnit inCommonUnit,
            @Schema(description = "The verdict in words") String explanation) {
    }

    enum Verdict {
        BELOW, WITHIN, ABOVE, NOT_IN_GUIDELINE
    }

    @Schema(name = "CommonUnitAmounts")
    record CommonUnit(
            @Schema(example = "mg") String unit,
            @Schema(example = "mg") String unitSymbol,
            @Schema(example = "30") BigDecimal intake,
            @Schema(nullable = true, example = "15") BigDecimal minimum,
            @Schema(nullable = true, example = "20") BigDecimal maximum) {
    }

    @Schema(name = "MissingNutrient")
    record MissingNutrient(GuidelineSource guideline, @Schema(example = "1") int position, NutrientReference nutrient, DoseView dailyDose,
                           EvidenceLevelView evidence) {
    }
}
