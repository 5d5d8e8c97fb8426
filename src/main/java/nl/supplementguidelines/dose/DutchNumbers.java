package nl.supplementguidelines.dose;

import java.math.BigDecimal;

/**
 * Numbers in Dutch notation, as {@link DoseParser} reads them: {@code ,} is the decimal mark and {@code .} groups
 * thousands ({@code 1.500} is 1500, {@code 1,5} is 1.5); a {@code .} that cannot group thousands is a decimal point
 * ({@code 1.5}, {@code 0.125}); {@code 1,500} is refused as ambiguous. Only ASCII digits count as digits.
 */
final class DutchNumbers {

    private DutchNumbers() {
    }

    /** A number in Dutch notation, with the tolerance for a decimal point described on the class. */
    static BigDecimal decimal(String text) {
        int commas = count(text, ',');
        int dots = count(text, '.');
        if (text.endsWith(".") || text.endsWith(",")) {
            throw new DoseParseException("'" + text + "' is not a number");
        }
        String plain;
        if (commas > 1) {
            throw new DoseParseException("'" + text + "' has more than one decimal comma; group thousands with '.' (1.500.000)");
        } else if (commas == 1) {
            int comma = text.indexOf(',');
            String integer = text.substring(0, comma);
            String fraction = text.substring(comma + 1);
            if (dots == 0 && fraction.length() == 3 && integer.length() <= 3 && !integer.equals("0")) {
                throw new DoseParseException("'" + text + "' is ambiguous: write " + integer + fraction + " or "
                        + integer + "," + fraction.replaceAll("0+$", "") + " without thousands separator");
            }
            plain = thousands(integer, text) + "." + digits(fraction, text);
        } else if (dots == 1) {
            int dot = text.indexOf('.');
            String integer = text.substring(0, dot);
            String fraction = text.substring(dot + 1);
            boolean thousandsGroup = fraction.length() == 3 && integer.length() <= 3 && !integer.matches("0+");
            plain = thousandsGroup ? integer + fraction : digits(integer, text) + "." + digits(fraction, text);
        } else {
            plain = thousands(text, text);
        }
        return UnitConversion.plain(new BigDecimal(plain));
    }

    private static String thousands(String integer, String whole) {
        if (integer.indexOf('.') < 0) {
            return digits(integer, whole);
        }
        String[] groups = integer.split("\\.", -1);
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            throw new DoseParseException("'" + whole + "' groups its thousands wrongly; write 1.500 or 1500");
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                throw new DoseParseException("'" + whole + "' groups its thousands wrongly; write 1.500 or 1500");
            }
        }
        return digits(String.join("", groups), whole);
    }

    private static String digits(String part, String whole) {
        if (part.isEmpty() || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new DoseParseException("'" + whole + "' is not a number");
        }
        return part;
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }
}
