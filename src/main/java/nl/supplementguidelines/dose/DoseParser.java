package nl.supplementguidelines.dose;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dose wording as the guidelines (Dutch) and clients (Dutch or English) write it into a {@link DoseRange}.
 *
 * <p>Accepted forms: a single amount ({@code 500 mg}, {@code 1,5 g}), a range ({@code 15-20 mg},
 * {@code 1.500-3.000 mg}, {@code 15 tot 30 g}, {@code 15 to 30 g}), a lower bound ({@code Minimaal 25 mcg},
 * {@code at least 25 mcg}, {@code min. 25 µg}), an upper bound ({@code max. 100 µg}, {@code tot 30 g},
 * {@code up to 30 g}, {@code at most 30 g}), powers of ten ({@code 1x10^9 cfu}, {@code 1x10⁹ cfu}, and the
 * flattened {@code 1x109 cfu} of extracted text, read as 10^9 for CFU only), an equivalent in brackets
 * ({@code 25 µg (1000 IE)}), a footnote marker after the unit ({@code cfu*}) and a per-day suffix
 * ({@code per dag}, {@code /d}, {@code per day}).
 *
 * <p>Numbers follow Dutch notation (see {@code units.md}): {@code ,} is the decimal mark and {@code .} groups
 * thousands, so {@code 1.500} is 1500 and {@code 1,5} is 1.5. A {@code .} that cannot be a thousands separator
 * ({@code 1.5}, {@code 0.125}, {@code 1500.25}) is a decimal point. {@code 1,500} is refused as ambiguous
 * (Dutch 1.5 or English 1500?).
 *
 * <p>Anything else is refused with a {@link DoseParseException} whose message says why; no other exception escapes.
 */
public final class DoseParser {

    public static final int MAX_LENGTH = 100;
    private static final int MAX_EXPONENT = 18;
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private static final String NUMBER = "\\d[\\d.,]*(?:\\s*[x×]\\s*10(?:\\^\\s*\\d{1,3}|[" + SUPERSCRIPTS + "]{1,3}|\\d{1,3}))?";
    private static final String UNIT = "[\\p{L}\\[\\]{}.()µ]+?";
    private static final Pattern AMOUNTS = Pattern.compile(
            "(?<a>" + NUMBER + ")"
                    + "(?:\\s*(?<ua>" + UNIT + ")?\\s*(?:-|–|—|tot en met|t/m|tot|to)\\s*(?<b>" + NUMBER + "))?"
                    + "\\s*(?<u>" + UNIT + ")\\s*\\**");
    private static final Pattern MANTISSA_AND_POWER = Pattern.compile(
            "(?<m>\\d[\\d.,]*)\\s*[x×]\\s*10(?:\\^\\s*(?<caret>\\d{1,3})|(?<sup>[" + SUPERSCRIPTS + "]{1,3})|(?<flat>\\d{1,3}))");
    private static final Pattern AT_LEAST = Pattern.compile(
            "^(?:minimaal|minimum|minstens|ten\\s+minste|tenminste|at\\s+least|min\\.|min(?=\\s)|≥|>=)\\s*");
    private static final Pattern AT_MOST = Pattern.compile(
            "^(?:maximaal|maximum|hoogstens|ten\\s+hoogste|max\\.|max(?=\\s)|tot|up\\s+to|at\\s+most|no\\s+more\\s+than|≤|<=)\\s*");
    private static final Pattern PER_DAY = Pattern.compile(
            "\\s*(?:per\\s+dag|per\\s+day|a\\s+day|daily|dagelijks|p/d|/\\s*dag|/\\s*day|/\\s*d)\\s*$");
    private static final Pattern BRACKETS = Pattern.compile("^(?<main>[^()]*?)\\s*\\((?<inner>[^()]*)\\)\\s*$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    // The numbers of the named groups of AMOUNTS and BRACKETS: Matcher.group(name) copies the pattern's map of names for
    // every new matcher. Checked against the names when the class loads.
    private static final int A = 1;
    private static final int FIRST_UNIT = 2;
    private static final int B = 3;
    private static final int U = 4;
    private static final int MAIN = 1;
    private static final int INNER = 2;

    static {
        checkGroupNumbers(AMOUNTS.matcher("1 mg-2 g"), Map.of("a", A, "ua", FIRST_UNIT, "b", B, "u", U));
        checkGroupNumbers(BRACKETS.matcher("a (b)"), Map.of("main", MAIN, "inner", INNER));
    }

    private static void checkGroupNumbers(Matcher sample, Map<String, Integer> numbers) {
        if (!sample.matches()) {
            throw new IllegalStateException("DoseParser's sample for " + sample.pattern() + " does not match it");
        }
        numbers.forEach((name, number) -> {
            if (sample.start(name) != sample.start(number)) {
                throw new IllegalStateException("group " + number + " of " + sample.pattern() + " is not '" + name + "'");
            }
        });
    }

    private DoseParser() {
    }

    /**
     * Parses dose wording.
     *
     * @throws DoseParseException when the wording is not one of the accepted forms, or names an impossible dose
     */
    public static ParsedDose parse(String text) {
        if (text == null || text.isBlank()) {
            throw new DoseParseException("the dose wording is empty");
        }
        // Characters are code points, as the request's maxLength counts them (an emoji is one, not two).
        if (text.length() > MAX_LENGTH && text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw new DoseParseException("the dose wording is longer than " + MAX_LENGTH + " characters");
        }
        String source = text.strip();
        String work = SPACES.matcher(source.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2009', ' ')
                .toLowerCase(Locale.ROOT)).replaceAll(" ");
        Amount equivalent = null;
        // Only wording with a bracket can have an equivalent in brackets.
        Matcher brackets = work.indexOf('(') < 0 ? null : BRACKETS.matcher(work);
        if (brackets != null && brackets.matches()) {
            work = brackets.group(MAIN);
            equivalent = parseEquivalent(brackets.group(INNER));
        }
        work = PER_DAY.matcher(work).replaceFirst("").strip();
        DoseKind bound = null;
        Matcher atLeast = AT_LEAST.matcher(work);
        Matcher atMost = AT_MOST.matcher(work);
        if (atLeast.find()) {
            bound = DoseKind.AT_LEAST;
            work = work.substring(atLeast.end());
        } else if (atMost.find()) {
            bound = DoseKind.AT_MOST;
            work = work.substring(atMost.end());
        }
        Matcher amounts = AMOUNTS.matcher(work);
        if (!amounts.matches()) {
            throw new DoseParseException("'" + source + "' is not dose wording this API reads; write an amount and a unit, "
                    + "such as '500 mg', '15-20 mg', 'Minimaal 25 mcg', 'max. 100 µg' or '1x10^9 cfu'");
        }
        DoseUnit unit = unit(amounts.group(U));
        String firstUnit = amounts.group(FIRST_UNIT);
        if (firstUnit != null && unit(firstUnit) != unit) {
            throw new DoseParseException("'" + source + "' gives its bounds in different units; write both in one unit");
        }
        BigDecimal first = number(amounts.group(A), unit);
        String secondText = amounts.group(B);
        BigDecimal second = secondText == null ? null : number(secondText, unit);
        if (bound != null && second != null) {
            throw new DoseParseException("'" + source + "' combines a bound ('minimaal', 'max.', ...) with a range; write one or the other");
        }
        try {
            DoseRange range;
            if (bound == DoseKind.AT_LEAST) {
                range = DoseRange.atLeast(first, unit, source);
            } else if (bound == DoseKind.AT_MOST) {
                range = DoseRange.atMost(first, unit, source);
            } else if (second != null) {
                range = DoseRange.between(first, second, unit, source);
            } else {
                range = DoseRange.fixed(first, unit, source);
            }
            return new ParsedDose(range, equivalent);
        } catch (InvalidDoseRange invalid) {
            throw new DoseParseException("'" + source + "' is not a possible dose: " + invalid.getMessage());
        }
    }

    /** Parses wording that must name one amount, such as an intake ({@code 30 mg}, {@code 1000 IE}). */
    public static Amount parseAmount(String text) {
        ParsedDose parsed = parse(text);
        Amount single = parsed.singleAmount();
        if (single == null) {
            throw new DoseParseException("'" + text.strip() + "' is " + (parsed.range().kind() == DoseKind.RANGE ? "a range" : "a bound")
                    + "; one amount is needed here, such as '30 mg'");
        }
        return single;
    }

    private static Amount parseEquivalent(String inner) {
        Matcher amounts = AMOUNTS.matcher(inner.strip());
        if (!amounts.matches() || amounts.group(B) != null) {
            throw new DoseParseException("the part in brackets, '(" + inner.strip() + ")', is not one amount with a unit");
        }
        DoseUnit unit = unit(amounts.group(U));
        String firstUnit = amounts.group(FIRST_UNIT);
        if (firstUnit != null && unit(firstUnit) != unit) {
            throw new DoseParseException("the part in brackets, '(" + inner.strip() + ")', is not one amount with a unit");
        }
        BigDecimal value = number(amounts.group(A), unit);
        if (value.signum() <= 0) {
            throw new DoseParseException("the amount in brackets must be greater than 0");
        }
        return new Amount(value, unit);
    }

    private static DoseUnit unit(String text) {
        Optional<DoseUnit> unit = DoseUnit.fromText(text);
        return unit.orElseThrow(() -> new DoseParseException("unknown unit '" + text
                + "'; known units are g, mg, µg (also mcg, ug), cfu (also kve) and IU (also IE)"));
    }

    private static BigDecimal number(String text, DoseUnit unit) {
        // A power of ten is always written with its times sign; most numbers have none and skip the pattern.
        if (text.indexOf('x') < 0 && text.indexOf('×') < 0) {
            return DutchNumbers.decimal(text);
        }
        Matcher power = MANTISSA_AND_POWER.matcher(text);
        if (!power.matches()) {
            return DutchNumbers.decimal(text);
        }
        String exponentText;
        if (power.group("caret") != null) {
            exponentText = power.group("caret");
        } else if (power.group("sup") != null) {
            StringBuilder digits = new StringBuilder();
            power.group("sup").chars().forEach(c -> digits.append(SUPERSCRIPTS.indexOf(c)));
            exponentText = digits.toString();
        } else {
            // '1x109' is what text extraction makes of 1x10⁹. Only counts are written that way; for other
            // units '2x100 mg' more likely means two times 100 mg, so it is refused rather than guessed.
            if (unit != DoseUnit.COLONY_FORMING_UNIT) {
                throw new DoseParseException("'" + text + "' is ambiguous; write a power of ten as 1x10^9");
            }
            exponentText = power.group("flat");
        }
        int exponent = Integer.parseInt(exponentText);
        if (exponent > MAX_EXPONENT) {
            throw new DoseParseException("the power of ten in '" + text + "' is larger than 10^" + MAX_EXPONENT);
        }
        return UnitConversion.plain(DutchNumbers.decimal(power.group("m")).scaleByPowerOfTen(exponent));
    }
}
