package nl.supplementguidelines.dose;

import nl.supplementguidelines.language.Language;

import java.math.BigDecimal;

/**
 * Writes a {@link DoseRange} as wording that {@link DoseParser} reads back to the same range: Dutch
 * ({@code 1.500-3.000 mg}, {@code Minimaal 25 µg}, {@code 1x10^9 cfu}) or English ({@code 1500-3000 mg},
 * {@code at least 25 µg}, {@code 1x10^9 CFU}).
 *
 * <p>A fraction of exactly three digits is written with a fourth, trailing zero ({@code 1,1250}), because
 * {@code 1,125} and {@code 1.125} are ambiguous (a decimal or a thousands separator) and the parser refuses or
 * reads them as thousands.
 */
public final class DoseFormatter {

    private static final BigDecimal MILLION = new BigDecimal("1000000");

    private DoseFormatter() {
    }

    public static String format(DoseRange dose, Language language) {
        String unit = unitSymbol(dose.unit(), language);
        return switch (dose.kind()) {
            case FIXED -> amount(dose.minimum(), dose.unit(), language) + " " + unit;
            case RANGE -> amount(dose.minimum(), dose.unit(), language) + "-" + amount(dose.maximum(), dose.unit(), language) + " " + unit;
            case AT_LEAST -> language.pick("Minimaal ", "at least ") + amount(dose.minimum(), dose.unit(), language) + " " + unit;
            case AT_MOST -> language.pick("Maximaal ", "at most ") + amount(dose.maximum(), dose.unit(), language) + " " + unit;
        };
    }

    public static String format(Amount amount, Language language) {
        return amount(amount.value(), amount.unit(), language) + " " + unitSymbol(amount.unit(), language);
    }

    public static String unitSymbol(DoseUnit unit, Language language) {
        return switch (unit) {
            case COLONY_FORMING_UNIT -> language.pick("cfu", "CFU");
            case INTERNATIONAL_UNIT -> language.pick("IE", "IU");
            default -> unit.symbol();
        };
    }

    /** An amount as a number; counts of a million and more as a power of ten, as the source writes them. */
    static String amount(BigDecimal value, DoseUnit unit, Language language) {
        BigDecimal plain = UnitConversion.plain(value);
        if (unit == DoseUnit.COLONY_FORMING_UNIT && plain.compareTo(MILLION) >= 0) {
            int exponent = plain.precision() - plain.scale() - 1;
            BigDecimal mantissa = UnitConversion.plain(plain.movePointLeft(exponent));
            return number(mantissa, language) + "x10^" + exponent;
        }
        return number(plain, language);
    }

    static String number(BigDecimal value, Language language) {
        String text = UnitConversion.plain(value).toPlainString();
        int point = text.indexOf('.');
        String integer = point < 0 ? text : text.substring(0, point);
        String fraction = point < 0 ? "" : text.substring(point + 1);
        if (fraction.length() == 3) {
            fraction = fraction + "0";
        }
        if (language == Language.NL) {
            StringBuilder grouped = new StringBuilder();
            for (int i = 0; i < integer.length(); i++) {
                if (i > 0 && (integer.length() - i) % 3 == 0) {
                    grouped.append('.');
                }
                grouped.append(integer.charAt(i));
            }
            return fraction.isEmpty() ? grouped.toString() : grouped + "," + fraction;
        }
        return fraction.isEmpty() ? integer : integer + "." + fraction;
    }
}
