package nl.supplementguidelines.dose;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

/** The API representation of a {@link DoseRange}: typed amounts with the unit and the source wording beside them. */
@Schema(name = "Dose", description = "A daily dose with exact decimal amounts. `minimum` is absent for AT_MOST, `maximum` for AT_LEAST; for FIXED both are the same amount.")
public record DoseView(
        @Schema(description = "Shape of the dose", example = "RANGE") DoseKind kind,
        @Schema(description = "Lower bound, exact decimal in `unit`", example = "15", nullable = true) BigDecimal minimum,
        @Schema(description = "Upper bound, exact decimal in `unit`; absent when the source sets only a minimum", example = "20", nullable = true) BigDecimal maximum,
        @Schema(description = "UCUM code of the unit", example = "mg") String unit,
        @Schema(description = "Display symbol of the unit", example = "mg") String unitSymbol,
        @Schema(description = "Unit name in English", example = "milligram") String unitName,
        @Schema(description = "UCUM code of the period the amount applies to (d = per day)", example = "d") String per,
        @Schema(description = "The dose as the source document words it", example = "15-20 mg") String sourceText) {

    public static DoseView of(DoseRange dose) {
        return new DoseView(dose.kind(), dose.minimum(), dose.maximum(), dose.unit().ucumCode(),
                dose.unit().symbol(), dose.unit().displayName(), dose.period().ucumCode(), dose.sourceText());
    }
}
