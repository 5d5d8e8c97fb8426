package nl.supplementguidelines.nutrient;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.supplementguidelines.language.Text;

/** How many documented medicine interactions a nutrient has, and where to read them. */
@Schema(name = "NutrientInteractionSummary", description = "Documented medicine interactions of the nutrient. "
        + "NONE_KNOWN_IN_OUR_SOURCES means our sources document none, not that there are none.")
public record InteractionSummary(
        @Schema(example = "KNOWN") Status status,
        @Schema(description = "Number of rows in our interaction table for the nutrient", example = "4") int count,
        @Schema(description = "The status in words") Text summary,
        @Schema(description = "Where the interactions are listed", example = "/api/v1/interactions?nutrient=zink") String href) {

    public enum Status {
        KNOWN, NONE_KNOWN_IN_OUR_SOURCES
    }
}
