package nl.supplementguidelines.referencelevel;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** A {@link LevelCheck} with its explanations in the one language the client asked for. */
@Schema(name = "ReferenceLevelResult", description = "An amount against every reference level of the nutrient, explained in the requested language. "
        + "NONE_SET_IN_OUR_SOURCES means our sources set no level, not that any amount is safe.")
public record LevelCheckResult(
        @Schema(example = "EXCEEDS_A_REFERENCE_LEVEL") LevelCheck.Status status,
        @Schema(description = "True when at or below every level; false when above one; null when there is no level or nothing to compare", nullable = true) Boolean passes,
        @Schema(description = "The outcome in words") String summary,
        @Schema(description = "One comparison per reference level, each naming the row it used") List<Comparison> comparisons,
        @Schema(description = "Sourced statements about the nutrient that are not levels") List<ReferenceNoteView> notes) {

    @Schema(name = "ReferenceLevelResultComparison")
    public record Comparison(
            @Schema(description = "The reference level row used") ReferenceLevelView level,
            @Schema(example = "ABOVE") LevelComparison.Verdict verdict,
            @Schema(nullable = true) Boolean passes,
            @Schema(description = "UCUM code of the common unit", example = "mg") String unit,
            @Schema(example = "mg") String unitSymbol,
            @Schema(description = "The amount (or lower bound) in the common unit", nullable = true, example = "30") BigDecimal minimum,
            @Schema(description = "The amount (or upper bound) in the common unit", nullable = true, example = "30") BigDecimal maximum,
            @Schema(description = "The level in the common unit", example = "25") BigDecimal levelAmount,
            @Schema(description = "The upper bound (or the minimum when there is none) as a percentage of the level, rounded to 0.1", nullable = true, example = "120") BigDecimal percentOfLevel,
            @Schema(description = "The comparison in words, citing the level") String explanation) {
    }
}
