package nl.supplementguidelines.dosecheck;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import nl.supplementguidelines.guideline.GuidelineRef;
import nl.supplementguidelines.web.BodyValidation.Sizes;
import nl.supplementguidelines.web.CostedRequest;

import java.math.BigDecimal;
import java.util.List;

/*
 * The presence and sizes of the lists are validated first (group Sizes, see BodyValidation), before any element. springdoc
 * documents only constraints without groups, so @ArraySchema and requiredMode state them in the schema too. The items'
 * pattern "\\S" is their @NotBlank (JSON Schema patterns are not anchored: "has a non-space character").
 */
@Schema(name = "DoseCheckRequest", description = "Guidelines to check against and the daily intakes to check: up to "
        + DoseCheckRequest.MAX_GUIDELINES + " guidelines and " + DoseCheckRequest.MAX_INTAKES + " intakes. A nutrient may appear in several intakes (two products); their sum is checked too.")
record DoseCheckRequest(
        @Schema(description = "The guidelines to check against: a slug (its current version) or slug@version (that published version), such as leaky-gut or leaky-gut@1", example = "[\"leaky-gut\"]", requiredMode = Schema.RequiredMode.REQUIRED)
        @ArraySchema(minItems = 1, maxItems = MAX_GUIDELINES, schema = @Schema(pattern = "\\S"))
        @NotNull(groups = Sizes.class) @Size(min = 1, max = MAX_GUIDELINES, groups = Sizes.class) List<@NotBlank @Size(max = GuidelineRef.MAX_LENGTH) String> guidelines,
        @Schema(description = "The daily intakes", requiredMode = Schema.RequiredMode.REQUIRED)
        @ArraySchema(minItems = 1, maxItems = MAX_INTAKES)
        @NotNull(groups = Sizes.class) @Size(min = 1, max = MAX_INTAKES, groups = Sizes.class) List<@NotNull @Valid Intake> intakes)
        implements CostedRequest {

    static final int MAX_GUIDELINES = 10;
    static final int MAX_INTAKES = 50;
    static final String MAX_AMOUNT = "1000000000000000";

    /** Each guideline and each intake. */
    @Override
    public int pricedItems() {
        return CostedRequest.count(guidelines, MAX_GUIDELINES) + CostedRequest.count(intakes, MAX_INTAKES);
    }

    @Schema(name = "Intake", description = "One daily intake: a nutrient, and either `amount` with `unit` or `dose` wording")
    record Intake(
            @Schema(description = "Nutrient by slug, Dutch or English name", example = "zink", pattern = "\\S")
            @NotBlank @Size(max = 100) String nutrient,
            @Schema(description = "Amount per day, greater than 0 and at most 10^15, up to 9 decimals", example = "30", nullable = true,
                    minimum = "0", exclusiveMinimum = true)
            @Positive @DecimalMax(MAX_AMOUNT) @Digits(integer = 16, fraction = 9) BigDecimal amount,
            @Schema(description = "Unit: g, mg, µg (or mcg, ug), cfu (or kve, {CFU}), IU (or IE, [IU]); IU only for a nutrient that defines a factor (vitamin D)",
                    example = "mg", nullable = true)
            @Size(min = 1, max = 30) String unit,
            @Schema(description = "The amount as wording instead of amount and unit, Dutch or English: `30 mg`, `1,5 g`, `1000 IE`, `25 µg (1000 IE)`, `1x10^9 cfu`",
                    example = "30 mg", nullable = true)
            @Size(min = 1, max = 100) String dose) {
    }
}
