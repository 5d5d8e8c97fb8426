package nl.supplementguidelines.referencelevel;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.supplementguidelines.language.Text;

import java.util.List;

/** A dose or intake against every reference level of its nutrient. */
@Schema(name = "ReferenceLevelCheck", description = "A dose or intake against every reference level of the nutrient. "
        + "NONE_SET_IN_OUR_SOURCES means our sources set no level, not that any amount is safe.")
public record LevelCheck(
        @Schema(example = "EXCEEDS_A_REFERENCE_LEVEL") Status status,
        @Schema(description = "True when the dose stays at or below every level; false when it exceeds one; null when there is no level or no maximum to compare", nullable = true) Boolean passes,
        @Schema(description = "The outcome in words") Text summary,
        @Schema(description = "One comparison per reference level, in the order of our table") List<LevelComparison> comparisons,
        @Schema(description = "Sourced statements about the nutrient that are not levels") List<ReferenceNoteView> notes) {

    public enum Status {
        NONE_SET_IN_OUR_SOURCES, WITHIN_REFERENCE_LEVELS, EXCEEDS_A_REFERENCE_LEVEL, NO_MAXIMUM_TO_COMPARE, NOT_COMPARABLE
    }
}
