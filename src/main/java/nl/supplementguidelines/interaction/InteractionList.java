package nl.supplementguidelines.interaction;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.supplementguidelines.language.Text;
import nl.supplementguidelines.nutrient.NutrientReference;

import java.util.List;

@Schema(name = "InteractionList", description = "Rows of our interaction table, filtered by nutrient and/or ATC code")
record InteractionList(
        @Schema(description = "The matching rows, in table order") List<InteractionView> items,
        @Schema(description = "The nutrient filtered on, if any", nullable = true) NutrientReference nutrient,
        @Schema(description = "The ATC code filtered on, if any (upper case)", nullable = true, example = "J01MA02") String atc,
        @Schema(description = "FOUND, or NONE_KNOWN_IN_OUR_SOURCES: our sources document none (not the same as none)", example = "FOUND") Status status,
        @Schema(description = "The outcome in words") Text summary,
        @Schema(example = Interactions.SEVERITY_NOTE) String severityNote) {

    enum Status {
        FOUND, NONE_KNOWN_IN_OUR_SOURCES
    }
}
