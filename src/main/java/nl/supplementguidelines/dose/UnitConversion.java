package nl.supplementguidelines.dose;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * Exact conversion between dose units (see {@code shared/reference/units.md}). Mass units convert by powers
 * of ten, so the result is exact. International units convert to mass only through a factor the substance
 * defines (vitamin D: 1 µg = 40 IU); colony forming units are counts and never convert to anything else.
 */
public final class UnitConversion {

    private UnitConversion() {
    }

    /** Whether an amount in {@code from} can be expressed in {@code to} for a substance with this IU factor (null: none). */
    public static boolean convertible(DoseUnit from, DoseUnit to, BigDecimal iuPerMicrogram) {
        if (from == to) {
            return true;
        }
        if (from.dimension() == DoseUnit.Dimension.MASS && to.dimension() == DoseUnit.Dimension.MASS) {
            return true;
        }
        boolean iuAndMass = (from == DoseUnit.INTERNATIONAL_UNIT && to.dimension() == DoseUnit.Dimension.MASS)
                || (to == DoseUnit.INTERNATIONAL_UNIT && from.dimension() == DoseUnit.Dimension.MASS);
        return iuAndMass && iuPerMicrogram != null;
    }

    /**
     * The amount in another unit.
     *
     * @param iuPerMicrogram how many IU one microgram of the substance is, or null when the substance defines none
     * @throws IncompatibleUnits when the units measure different things, or IU meets mass without a factor
     */
    public static BigDecimal convert(BigDecimal amount, DoseUnit from, DoseUnit to, BigDecimal iuPerMicrogram) {
        if (!convertible(from, to, iuPerMicrogram)) {
            throw IncompatibleUnits.between(from, to, iuPerMicrogram == null && (from == DoseUnit.INTERNATIONAL_UNIT || to == DoseUnit.INTERNATIONAL_UNIT));
        }
        if (from == to) {
            return plain(amount);
        }
        BigDecimal micrograms = from == DoseUnit.INTERNATIONAL_UNIT ? divide(amount, iuPerMicrogram) : amount.multiply(from.micrograms());
        BigDecimal result = to == DoseUnit.INTERNATIONAL_UNIT ? micrograms.multiply(iuPerMicrogram) : divide(micrograms, to.micrograms());
        return plain(result);
    }

    /**
     * The unit two amounts are best compared in: the same unit if they share one, else the finer mass unit
     * (so that amounts stay whole numbers where they can), and the mass unit when IU meets mass.
     */
    public static DoseUnit commonUnit(DoseUnit a, DoseUnit b) {
        if (a == b) {
            return a;
        }
        if (a.dimension() == DoseUnit.Dimension.MASS && b.dimension() == DoseUnit.Dimension.MASS) {
            return a.micrograms().compareTo(b.micrograms()) <= 0 ? a : b;
        }
        if (a == DoseUnit.INTERNATIONAL_UNIT && b.dimension() == DoseUnit.Dimension.MASS) {
            return b;
        }
        return a;
    }

    // Powers of ten and factors such as 40 divide exactly; a factor that does not is rounded to 34 digits. A divisor
    // whose reciprocal is a finite decimal (2^a·5^b times a power of ten: every mass unit, 40 IU/µg) is multiplied by
    // that reciprocal instead: the same exact value, without BigDecimal's long division and its garbage.
    private static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        BigDecimal reciprocal = finiteReciprocal(divisor);
        if (reciprocal != null) {
            return dividend.multiply(reciprocal);
        }
        try {
            return dividend.divide(divisor);
        } catch (ArithmeticException nonTerminating) {
            return dividend.divide(divisor, MathContext.DECIMAL128);
        }
    }

    /** 1/divisor exactly, when that is a finite decimal (divisor positive, 2^a·5^b·10^k); otherwise null. */
    static @Nullable BigDecimal finiteReciprocal(BigDecimal divisor) {
        BigDecimal stripped = divisor.stripTrailingZeros();
        BigInteger unscaled = stripped.unscaledValue();
        if (unscaled.signum() <= 0 || unscaled.bitLength() > 62) {
            return null;
        }
        long rest = unscaled.longValue();
        int twos = Long.numberOfTrailingZeros(rest);
        rest >>= twos;
        int fives = 0;
        while (rest % 5 == 0) {
            rest /= 5;
            fives++;
        }
        if (rest != 1) {
            return null;
        }
        // 1/(2^a·5^b) = 5^a·2^b / 10^(a+b), and the divisor's own power of ten moves the point back.
        BigInteger numerator = BigInteger.valueOf(5).pow(twos).shiftLeft(fives);
        return new BigDecimal(numerator, twos + fives - stripped.scale());
    }

    /** Without trailing zeros and never in exponent notation (1000000000, not 1E+9). */
    public static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
