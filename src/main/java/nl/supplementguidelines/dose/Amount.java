package nl.supplementguidelines.dose;

import org.jspecify.annotations.Nullable;

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

    /**
     * This amount in another unit, exactly.
     *
     * @param iuPerMicrogram the substance's IU factor, or null when it defines none
     * @throws IncompatibleUnits when the units do not convert
     */
    public Amount in(DoseUnit target, @Nullable BigDecimal iuPerMicrogram) {
        return target == unit ? this : new Amount(UnitConversion.convert(value, unit, target, iuPerMicrogram), target);
    }

    /** Whether this amount can be expressed in the unit, for a substance with this IU factor (null: none). */
    public boolean convertsTo(DoseUnit target, @Nullable BigDecimal iuPerMicrogram) {
        return UnitConversion.convertible(unit, target, iuPerMicrogram);
    }

    /** The sum, in this amount's unit. */
    public Amount plus(Amount other, @Nullable BigDecimal iuPerMicrogram) {
        return new Amount(value.add(other.in(unit, iuPerMicrogram).value()), unit);
    }

    /** This amount as a dose of exactly this much a day. */
    public DoseRange asDose(String sourceText) {
        return DoseRange.fixed(value, unit, sourceText);
    }

    /**
     * Why this amount cannot be expressed in the unit, as {@link IncompatibleUnits} says it; "the units do not convert"
     * when they do (callers ask only after {@link #convertsTo} said no).
     */
    public String whyNotIn(DoseUnit target, @Nullable BigDecimal iuPerMicrogram) {
        try {
            in(target, iuPerMicrogram);
            return "the units do not convert";
        } catch (IncompatibleUnits incompatible) {
            return incompatible.getMessage();
        }
    }
}
