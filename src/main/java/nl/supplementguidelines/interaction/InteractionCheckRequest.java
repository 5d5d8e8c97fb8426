package nl.supplementguidelines.interaction;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.supplementguidelines.guideline.GuidelineRef;
import nl.supplementguidelines.web.BodyValidation.Sizes;
import nl.supplementguidelines.web.CostedRequest;

import java.util.List;

/*
 * The presence and sizes of the lists are validated first (group Sizes, see BodyValidation), before any element. springdoc
 * documents only constraints without groups, so @ArraySchema and requiredMode state them in the schema too.
 */
@Schema(name = "InteractionCheckRequest", description = "Medicines, and exactly one of: a guideline, a regimen (a set of guidelines) or a list of nutrients. "
        + "Up to " + InteractionCheckRequest.MAX_MEDICINES + " medicines and " + InteractionCheckRequest.MAX_NUTRIENTS + " nutrients.")
// Every list item's @ArraySchema pattern "\\S" is the document's @NotBlank (JSON Schema patterns are not anchored).
record InteractionCheckRequest(
        @Schema(description = "ATC codes at any level (`J01MA02`, `C10AA`) or names of medicine groups in our table (`fluoroquinolone antibiotics`, `statins`)",
                example = "[\"J01MA02\", \"statins\"]", requiredMode = Schema.RequiredMode.REQUIRED)
        @ArraySchema(minItems = 1, maxItems = MAX_MEDICINES, schema = @Schema(pattern = "\\S"))
        @NotNull(groups = Sizes.class) @Size(min = 1, max = MAX_MEDICINES, groups = Sizes.class) List<@NotBlank @Size(max = 100) String> medicines,
        @Schema(description = "A guideline whose nutrients to check: its slug, or slug@version for a published version", example = "leaky-gut", nullable = true)
        @Size(min = 1, max = GuidelineRef.MAX_LENGTH) String guideline,
        @Schema(description = "A regimen: the guidelines it combines", nullable = true)
        @Valid RegimenReference regimen,
        @Schema(description = "Nutrients by slug, Dutch or English name", example = "[\"zink\", \"Vitamin D\"]", nullable = true)
        @ArraySchema(minItems = 1, maxItems = MAX_NUTRIENTS, schema = @Schema(pattern = "\\S"))
        @Size(min = 1, max = MAX_NUTRIENTS, groups = Sizes.class) List<@NotBlank @Size(max = 100) String> nutrients)
        implements CostedRequest {

    static final int MAX_MEDICINES = 20;
    static final int MAX_NUTRIENTS = 50;
    static final int MAX_REGIMEN_GUIDELINES = 10;

    /** Each medicine, nutrient and guideline of the regimen (a single guideline is one item too). */
    @Override
    public int pricedItems() {
        return CostedRequest.count(medicines, MAX_MEDICINES) + CostedRequest.count(nutrients, MAX_NUTRIENTS)
                + (regimen == null ? 0 : CostedRequest.count(regimen.guidelines(), MAX_REGIMEN_GUIDELINES))
                + (guideline == null ? 0 : 1);
    }

    @Schema(name = "RegimenReference")
    record RegimenReference(
            @Schema(description = "The guidelines the regimen combines: slugs, or slug@version for a published version", example = "[\"leaky-gut\"]",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @ArraySchema(minItems = 1, maxItems = MAX_REGIMEN_GUIDELINES, schema = @Schema(pattern = "\\S"))
            @NotNull(groups = Sizes.class) @Size(min = 1, max = MAX_REGIMEN_GUIDELINES, groups = Sizes.class) List<@NotBlank @Size(max = GuidelineRef.MAX_LENGTH) String> guidelines) {
    }
}
