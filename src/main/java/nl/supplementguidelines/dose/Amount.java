package nl.supplementguidelines.dose;

import java.math.BigDecimal;
import java.util.Objects;

/** One exact amount in a unit, such as an intake of {@code 30 mg}. */
public record Amount(BigDecimal value, DoseUnit unit) {

    public Amount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("an amount must be greater than 0, was " + value.toPlainString());
        }
        value = UnitConversion.plain(value);
    }

    public Amount in(DoseUnit target, BigDecimal iuPerMicrogram) {
        return new Amount(UnitConversion.convert(value, unit, target, iuPerMicrogram), target);
    }
}
