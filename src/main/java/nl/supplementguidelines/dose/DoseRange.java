package nl.supplementguidelines.dose;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A daily dose as a guideline states it: exact decimal bounds, a unit, a period and the wording of the
 * source it was read from. Immutable; every constructor path goes through {@link #validate()} so an
 * instance can never hold a negative amount or a maximum below its minimum.
 */
public class DoseRange {

    /**
     * The most digits before (or after) the decimal point an amount may have: far more than any dose needs (numeric(30, 6)
     * stores 24 and 6; a conversion rounds to 34 significant digits and moves the point by a dozen), far less than work
     * out of proportion to a request.
     */
    static final int MAX_DIGITS = 100;

    private final @Nullable BigDecimal minimum;

    private final @Nullable BigDecimal maximum;

    private final DoseUnit unit;

    private final DosePeriod period;

    private final String sourceText;

    private DoseRange(@Nullable BigDecimal minimum, @Nullable BigDecimal maximum, DoseUnit unit, DosePeriod period, String sourceText) {
        this.minimum = normalise(minimum);
        this.maximum = normalise(maximum);
        this.unit = unit;
        this.period = period;
        this.sourceText = sourceText;
        validate();
    }

    public static DoseRange of(@Nullable BigDecimal minimum, @Nullable BigDecimal maximum, DoseUnit unit, DosePeriod period, String sourceText) {
        return new DoseRange(minimum, maximum, unit, period, sourceText);
    }

    public static DoseRange fixed(BigDecimal amount, DoseUnit unit, String sourceText) {
        return new DoseRange(amount, amount, unit, DosePeriod.DAY, sourceText);
    }

    public static DoseRange between(BigDecimal minimum, BigDecimal maximum, DoseUnit unit, String sourceText) {
        return new DoseRange(minimum, maximum, unit, DosePeriod.DAY, sourceText);
    }

    public static DoseRange atLeast(BigDecimal minimum, DoseUnit unit, String sourceText) {
        return new DoseRange(minimum, null, unit, DosePeriod.DAY, sourceText);
    }

    public static DoseRange atMost(BigDecimal maximum, DoseUnit unit, String sourceText) {
        return new DoseRange(null, maximum, unit, DosePeriod.DAY, sourceText);
    }

    private void validate() {
        if (unit == null) {
            throw new InvalidDoseRange("a dose needs a unit");
        }
        if (period == null) {
            throw new InvalidDoseRange("a dose needs a period");
        }
        if (sourceText == null || sourceText.isBlank()) {
            throw new InvalidDoseRange("a dose keeps the wording of its source");
        }
        if (minimum == null && maximum == null) {
            throw new InvalidDoseRange("a dose needs a minimum, a maximum or both");
        }
        if (minimum != null && minimum.signum() <= 0) {
            throw new InvalidDoseRange("the minimum must be greater than 0, was " + minimum.toPlainString());
        }
        if (maximum != null && maximum.signum() <= 0) {
            throw new InvalidDoseRange("the maximum must be greater than 0, was " + maximum.toPlainString());
        }
        if (minimum != null && maximum != null && maximum.compareTo(minimum) < 0) {
            throw new InvalidDoseRange("the maximum (" + maximum.toPlainString()
                    + ") must not be below the minimum (" + minimum.toPlainString() + ")");
        }
    }

    /**
     * Drops the scale the database column adds (500.000000 becomes 500) without switching to exponent
     * notation, so 1x10^9 stays 1000000000 in JSON.
     */
    private static @Nullable BigDecimal normalise(@Nullable BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.precision() - stripped.scale() > MAX_DIGITS || stripped.scale() > MAX_DIGITS) {
            // setScale(0) of 1e30000000, or a message's toPlainString() of 1e-30000000, would write out 30 million
            // digits: refuse such an amount first, whoever calls.
            throw new InvalidDoseRange("an amount with more than " + MAX_DIGITS + " digits before or after the decimal point is not a dose");
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * The same dose in another unit, exactly (the bounds convert, the period and the source's wording stay).
     *
     * @param iuPerMicrogram the substance's IU factor, or null when it defines none
     * @throws IncompatibleUnits when the units do not convert
     */
    public DoseRange in(DoseUnit target, @Nullable BigDecimal iuPerMicrogram) {
        if (target == unit) {
            return this;
        }
        return new DoseRange(convert(minimum, target, iuPerMicrogram), convert(maximum, target, iuPerMicrogram), target, period, sourceText);
    }

    /** Whether this dose can be expressed in the unit, for a substance with this IU factor (null: none). */
    public boolean convertsTo(DoseUnit target, @Nullable BigDecimal iuPerMicrogram) {
        return UnitConversion.convertible(unit, target, iuPerMicrogram);
    }

    private @Nullable BigDecimal convert(@Nullable BigDecimal amount, DoseUnit target, @Nullable BigDecimal iuPerMicrogram) {
        return amount == null ? null : UnitConversion.convert(amount, unit, target, iuPerMicrogram);
    }

    public DoseKind kind() {
        if (maximum == null) {
            return DoseKind.AT_LEAST;
        }
        if (minimum == null) {
            return DoseKind.AT_MOST;
        }
        return minimum.compareTo(maximum) == 0 ? DoseKind.FIXED : DoseKind.RANGE;
    }

    public @Nullable BigDecimal minimum() {
        return normalise(minimum);
    }

    public @Nullable BigDecimal maximum() {
        return normalise(maximum);
    }

    public DoseUnit unit() {
        return unit;
    }

    public DosePeriod period() {
        return period;
    }

    public String sourceText() {
        return sourceText;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DoseRange that)) {
            return false;
        }
        return compare(minimum(), that.minimum()) && compare(maximum(), that.maximum())
                && unit == that.unit && period == that.period && Objects.equals(sourceText, that.sourceText);
    }

    private static boolean compare(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(minimum(), maximum(), unit, period, sourceText);
    }

    @Override
    public String toString() {
        return sourceText + " [" + kind() + " " + minimum() + ".." + maximum() + " " + unit.ucumCode() + "/" + period.ucumCode() + "]";
    }
}
