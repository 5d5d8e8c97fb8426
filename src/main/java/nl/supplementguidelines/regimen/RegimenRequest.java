package nl.supplementguidelines.regimen;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.supplementguidelines.web.BodyValidation.Sizes;
import nl.supplementguidelines.web.CostedRequest;

import java.util.List;

@Schema(name = "RegimenRequest", description = "The guidelines to combine into one daily plan: 1 to " + RegimenRequest.MAX_GUIDELINES + ", each once")
record RegimenRequest(
        @Schema(description = "Slugs of the guidelines", example = "[\"leaky-gut\"]")
        @NotNull(groups = Sizes.class) @Size(min = 1, max = MAX_GUIDELINES, groups = Sizes.class) List<@NotBlank @Size(max = 100) String> guidelines)
        implements CostedRequest {

    static final int MAX_GUIDELINES = 10;

    /** Each guideline. */
    @Override
    public int pricedItems() {
        return CostedRequest.count(guidelines, MAX_GUIDELINES);
    }
}
