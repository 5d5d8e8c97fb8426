package nl.supplementguidelines.referencelevel;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.supplementguidelines.language.Text;

import java.util.List;

/** The reference levels of one nutrient, as the nutrient resource shows them. */
@Schema(name = "NutrientReferenceLevels", description = "The safe upper levels of daily intake our sources give for the nutrient. "
        + "`status` is NONE_SET_IN_OUR_SOURCES when they give none: that means our sources set none, not that there is no limit.")
public record NutrientLevels(
        @Schema(example = "SET") Status status,
        @Schema(description = "The status in words") Text summary,
        @Schema(description = "The levels, in the order of our reference table") List<ReferenceLevelView> levels,
        @Schema(description = "Sourced statements that are not levels") List<ReferenceNoteView> notes) {

    public enum Status {
        SET, NONE_SET_IN_OUR_SOURCES
    }
}
