package nl.supplementguidelines.regimen;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

@Schema(name = "RegimenRequest", description = "The guidelines to combine into one daily plan: 1 to " + RegimenRequest.MAX_GUIDELINES + ", each once")
record RegimenRequest(
        @Schema(description = "Slugs of the guidelines", example = "[\"leaky-gut\"]")
        // The document's @NotBlank: JSON Schema patterns are not anchored, so "\\S" is "has a non-space character".
        @ArraySchema(schema = @Schema(pattern = "\\S"))
        @NotNull @Size(min = 1, max = MAX_GUIDELINES) List<@NotBlank @Size(min = 1, max = 100) String> guidelines) {

    static final int MAX_GUIDELINES = 10;
}
