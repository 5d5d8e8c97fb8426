package nl.supplementguidelines.referencelevel;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.supplementguidelines.language.Text;

import java.math.BigDecimal;

/** A dose (or intake) set against one reference level, in one common unit. */
@Schema(name = "ReferenceLevelComparison", description = "A dose or intake against one reference level, both in one common unit, with the row it used")
public record LevelComparison(
        @Schema(description = "The reference level row the verdict was computed from") ReferenceLevelView level,
        @Schema(description = "AT_OR_BELOW: nothing above the level; ABOVE: all of it above; PARTLY_ABOVE: the upper part of a range above; "
                + "OPEN_ENDED: no maximum, and the minimum is not above the level; NOT_COMPARABLE: the units do not convert", example = "ABOVE") Verdict verdict,
        @Schema(description = "Whether the dose stays at or below the level (false for ABOVE and PARTLY_ABOVE; null when it cannot be said)", nullable = true) Boolean passes,
        @Schema(description = "UCUM code of the common unit", example = "mg") String unit,
        @Schema(example = "mg") String unitSymbol,
        @Schema(description = "Lower bound (or the intake) in the common unit", nullable = true, example = "30") BigDecimal minimum,
        @Schema(description = "Upper bound (or the intake) in the common unit; absent when there is no maximum", nullable = true, example = "30") BigDecimal maximum,
        @Schema(description = "The level in the common unit", example = "25") BigDecimal levelAmount,
        @Schema(description = "The lower bound as a percentage of the level, rounded to 0.1", nullable = true, example = "120") BigDecimal minimumPercentOfLevel,
        @Schema(description = "The upper bound as a percentage of the level, rounded to 0.1", nullable = true, example = "120") BigDecimal maximumPercentOfLevel,
        @Schema(description = "The comparison in words, citing the level") Text explanation) {

    public enum Verdict {
        AT_OR_BELOW, ABOVE, PARTLY_ABOVE, OPEN_ENDED, NOT_COMPARABLE
    }
}
