package nl.supplementguidelines.referencelevel;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

/** One row of the reference levels, with everything needed to cite it. */
@Schema(name = "ReferenceLevel", description = "A safe upper level of daily intake as a body set it for a population, with its citation (from shared/reference/upper-intake-levels.md)")
public record ReferenceLevelView(
        @Schema(description = "Number of the row in our table of reference levels; stable, so a verdict can name the row it used", example = "4") int row,
        @Schema(description = "UL (Tolerable Upper Intake Level) or OSL (Observed Safe Level)", example = "UL") ReferenceLevelKind kind,
        @Schema(example = "Tolerable Upper Intake Level") String kindName,
        @Schema(description = "What this kind of level means") String kindDefinition,
        @Schema(description = "Amount per day, exact decimal in `unit`", example = "25") BigDecimal amount,
        @Schema(description = "UCUM code of the unit", example = "mg") String unit,
        @Schema(example = "mg") String unitSymbol,
        @Schema(description = "UCUM code of the period (per day)", example = "d") String per,
        @Schema(description = "The amount as the source writes it", example = "25 mg") String amountText,
        @Schema(description = "Who the level applies to, in the source's words", example = "adults") String population,
        @Schema(description = "The body that set it", example = "EFSA (SCF)") String body,
        @Schema(description = "Where the level comes from", example = "Scientific Committee on Food, Opinion on the Tolerable Upper Intake Level of Zinc, SCF/CS/NUT/UPPLEV/62 Final, 2003") String citation) {
}
