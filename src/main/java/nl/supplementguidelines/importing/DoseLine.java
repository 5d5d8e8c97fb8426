package nl.supplementguidelines.importing;

import nl.supplementguidelines.dose.DoseParseException;
import nl.supplementguidelines.dose.DoseParser;
import nl.supplementguidelines.dose.ParsedDose;
import org.jspecify.annotations.Nullable;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The third and fourth column of a row as extraction leaves them on one line: dose wording, a footnote marker after
 * the unit ({@code cfu*}) and the evidence dots ({@code ● ●}). Also the reading of a flattened power of ten
 * ({@code 1x109}: the superscript 9 of 1x10⁹ lost), which the importer restores and flags.
 */
record DoseLine(String wording, @Nullable String marker, int dots) {

    static final char DOT = '●';
    private static final Pattern MARKER = Pattern.compile("(\\*{1,3}|†|‡)$");
    /**
     * A flattened power is only restored for counts of organisms (cfu, kve), whose doses are powers of ten, and only for
     * an exponent 1-99 without a leading zero: {@code 2x100 mg} is two doses of 100 mg, never 2x10⁰.
     */
    private static final Pattern FLAT_POWER = Pattern.compile("(\\d)\\s*([xX×])\\s*10([1-9]\\d?)(?=\\s*(?i:cfu|kve)\\b)");
    /** A point between digits with three after it, not after a lone 0 (0.125 is a decimal whatever the notation). */
    private static final Pattern THOUSANDS = Pattern.compile("(?<![\\d.,])(?:[1-9]\\d{0,2})(?:\\.\\d{3})+(?![\\d.,])");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d,\\d");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    static DoseLine of(String stripped) {
        int end = stripped.length();
        int dots = 0;
        while (end > 0 && (stripped.charAt(end - 1) == DOT || Line.isSpace(stripped.charAt(end - 1)))) {
            if (stripped.charAt(end - 1) == DOT) {
                dots++;
            }
            end--;
        }
        String rest = stripped.substring(0, end).strip();
        Matcher marker = MARKER.matcher(rest);
        String found = null;
        if (marker.find()) {
            found = marker.group(1);
            rest = rest.substring(0, marker.start()).strip();
        }
        return new DoseLine(rest, found, dots);
    }

    /** Only dots (and blanks): a column that extraction put on a line of its own. */
    static boolean onlyDots(String stripped) {
        return !stripped.isEmpty() && stripped.chars().allMatch(c -> c == DOT || Line.isSpace(c));
    }

    /** Whether the line is a dose line: it has dots, or its wording (with a flattened power restored) reads as a dose. */
    boolean looksLikeDose() {
        return dots > 0 || parse().isPresent();
    }

    Optional<ParsedDose> parse() {
        if (wording.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(DoseParser.parse(restored()));
        } catch (DoseParseException notADose) {
            return Optional.empty();
        }
    }

    boolean flattenedPower() {
        return FLAT_POWER.matcher(wording).find();
    }

    boolean thousandsSeparator() {
        return THOUSANDS.matcher(wording).find();
    }

    boolean decimalComma() {
        return DECIMAL_COMMA.matcher(wording).find();
    }

    /** The wording with a flattened power written as the superscript it was printed as: 1x109 → 1x10⁹. */
    String restored() {
        Matcher flat = FLAT_POWER.matcher(wording);
        StringBuilder out = new StringBuilder();
        while (flat.find()) {
            StringBuilder power = new StringBuilder();
            for (char digit : flat.group(3).toCharArray()) {
                power.append(SUPERSCRIPTS.charAt(digit - '0'));
            }
            flat.appendReplacement(out, Matcher.quoteReplacement(flat.group(1) + "x10" + power));
        }
        flat.appendTail(out);
        return out.toString();
    }
}
