package nl.supplementguidelines.editing;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import nl.supplementguidelines.guideline.GuidelineDocument;
import nl.supplementguidelines.nutrient.NutrientCategory;
import nl.supplementguidelines.web.StrictJsonBody;
import nl.supplementguidelines.web.ControlCharacters;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/** The body of {@code POST /nutrients}: sizes as the columns of the nutrient table. */
@Schema(name = "NewNutrient", description = "A nutrient to add to the catalogue. An IU factor changes every dose check of the nutrient: "
        + "it is accepted only with the citation it comes from. Unknown members are refused.")
record NewNutrient(
        @Schema(example = "voorbeeld-nutrient", requiredMode = RequiredMode.REQUIRED, maxLength = 100, pattern = GuidelineDocument.SLUG)
        @NotNull @Size(max = 100) @Pattern(regexp = GuidelineDocument.SLUG, message = "must be lower-case letters and digits, separated by single hyphens") String slug,
        @Schema(description = "Dutch name", example = "Voorbeeldnutriënt", requiredMode = RequiredMode.REQUIRED, maxLength = 200)
        @NotBlank @Size(max = 200) @Pattern(regexp = ControlCharacters.NONE, message = ControlCharacters.MESSAGE) String name,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "MINERAL") @NotNull NutrientCategory category,
        @Schema(description = "English name", example = "Example nutrient", nullable = true, maxLength = 200)
        @Size(min = 1, max = 200) @Pattern(regexp = ControlCharacters.NONE, message = ControlCharacters.MESSAGE) @Nullable String nameEn,
        @Schema(description = "How many IU one microgram is; only with `iuFactorCitation`", example = "40", nullable = true, minimum = "0", exclusiveMinimum = true)
        @Positive @DecimalMax("1000000") @Digits(integer = 14, fraction = 6) @Nullable BigDecimal iuPerMicrogram,
        @Schema(description = "Where the IU factor comes from; required with `iuPerMicrogram`, refused without", nullable = true, maxLength = 500,
                example = "shared/reference/units.md: vitamin D (cholecalciferol/ergocalciferol), 1 µg = 40 IU")
        @Size(min = 1, max = 500) @Pattern(regexp = ControlCharacters.NONE, message = ControlCharacters.MESSAGE) @Nullable String iuFactorCitation) implements StrictJsonBody {
}
