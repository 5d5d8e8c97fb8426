package nl.supplementguidelines.regimen;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.supplementguidelines.guideline.GuidelineRef;
import nl.supplementguidelines.web.BodyValidation.Sizes;
import nl.supplementguidelines.web.CostedRequest;

import java.util.List;

/*
 * The presence and sizes of the lists are validated first (group Sizes, see BodyValidation), before any element. springdoc
 * documents only constraints without groups, so @ArraySchema and requiredMode state them in the schema too. The items'
 * pattern "\\S" is their @NotBlank (JSON Schema patterns are not anchored: "has a non-space character").
 */
@Schema(name = "RegimenRequest", description = "The guidelines to combine into one daily plan: 1 to " + RegimenRequest.MAX_GUIDELINES + ", each once")
record RegimenRequest(
        @Schema(description = "The guidelines: a slug (its current version) or slug@version (that published version), such as leaky-gut or leaky-gut@1", example = "[\"leaky-gut\"]", requiredMode = Schema.RequiredMode.REQUIRED)
        @ArraySchema(minItems = 1, maxItems = MAX_GUIDELINES, schema = @Schema(pattern = "\\S"))
        @NotNull(groups = Sizes.class) @Size(min = 1, max = MAX_GUIDELINES, groups = Sizes.class) List<@NotBlank @Size(max = GuidelineRef.MAX_LENGTH) String> guidelines)
        implements CostedRequest {

    static final int MAX_GUIDELINES = 10;

    /** Each guideline. */
    @Override
    public int pricedItems() {
        return CostedRequest.count(guidelines, MAX_GUIDELINES);
    }
}
