package nl.supplementguidelines.interaction;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

@Schema(name = "InteractionCheckRequest", description = "Medicines, and exactly one of: a guideline, a regimen (a set of guidelines) or a list of nutrients. "
        + "Up to " + InteractionCheckRequest.MAX_MEDICINES + " medicines and " + InteractionCheckRequest.MAX_NUTRIENTS + " nutrients.")
// Every list item's @ArraySchema pattern "\\S" is the document's @NotBlank (JSON Schema patterns are not anchored).
record InteractionCheckRequest(
        @Schema(description = "ATC codes at any level (`J01MA02`, `C10AA`) or names of medicine groups in our table (`fluoroquinolone antibiotics`, `statins`)",
                example = "[\"J01MA02\", \"statins\"]")
        @ArraySchema(schema = @Schema(pattern = "\\S"))
        @NotNull @Size(min = 1, max = MAX_MEDICINES) List<@NotBlank @Size(min = 1, max = 100) String> medicines,
        @Schema(description = "Slug of a guideline whose nutrients to check", example = "leaky-gut", nullable = true)
        @Size(min = 1, max = 100) String guideline,
        @Schema(description = "A regimen: the guidelines it combines", nullable = true)
        @Valid RegimenReference regimen,
        @Schema(description = "Nutrients by slug, Dutch or English name", example = "[\"zink\", \"Vitamin D\"]", nullable = true)
        @ArraySchema(schema = @Schema(pattern = "\\S"))
        @Size(min = 1, max = MAX_NUTRIENTS) List<@NotBlank @Size(min = 1, max = 100) String> nutrients) {

    static final int MAX_MEDICINES = 20;
    static final int MAX_NUTRIENTS = 50;

    @Schema(name = "RegimenReference")
    record RegimenReference(
            @Schema(description = "Slugs of the guidelines the regimen combines", example = "[\"leaky-gut\"]")
            @ArraySchema(schema = @Schema(pattern = "\\S"))
            @NotNull @Size(min = 1, max = 10) List<@NotBlank @Size(min = 1, max = 100) String> guidelines) {
    }
}
