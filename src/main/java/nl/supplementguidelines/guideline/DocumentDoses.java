package nl.supplementguidelines.guideline;

import nl.supplementguidelines.dose.DoseFormatter;
import nl.supplementguidelines.dose.DoseParseException;
import nl.supplementguidelines.dose.DoseParser;
import nl.supplementguidelines.dose.DosePeriod;
import nl.supplementguidelines.dose.DoseRange;
import nl.supplementguidelines.dose.DoseUnit;
import nl.supplementguidelines.dose.InvalidDoseRange;
import nl.supplementguidelines.guideline.GuidelineDocument.DoseInput;
import nl.supplementguidelines.language.Language;

import java.util.Arrays;

/**
 * The one reading of a document's dose, used by validation (to name what is wrong) and by publication (to store it):
 * wording alone goes through {@link DoseParser}; a structured dose is taken as given, its wording (if any) must then
 * be wording the parser reads, as the same dose, and without wording it is written as the formatter writes it.
 */
public final class DocumentDoses {

    /** Where in the dose the problem is ({@code wording}, {@code unit}, ...) and what it is. */
    public static final class UnreadableDose extends IllegalArgumentException {
        private final String field;

        UnreadableDose(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** The column's bounds (numeric(30, 6)): at most 10^18, as the parser's largest power of ten, with 6 decimals. */
    private static final java.math.BigDecimal MAX_AMOUNT = java.math.BigDecimal.TEN.pow(18);
    private static final int MAX_DECIMALS = 6;

    private DocumentDoses() {
    }

    /** @throws UnreadableDose naming the member of the dose that is wrong */
    public static DoseRange read(DoseInput dose, String language) {
        boolean structured = dose.unit() != null || dose.minimum() != null || dose.maximum() != null || dose.period() != null;
        if (!structured) {
            if (dose.wording() == null) {
                throw new UnreadableDose("wording", "is required: give the dose as wording, or as unit with minimum and/or maximum");
            }
            try {
                return fits(DoseParser.parse(dose.wording()).range(), "wording", "wording");
            } catch (DoseParseException unreadable) {
                throw new UnreadableDose("wording", unreadable.getMessage());
            }
        }
        if (dose.unit() == null) {
            throw new UnreadableDose("unit", "is required for a structured dose (minimum, maximum, period)");
        }
        DoseUnit unit = DoseUnit.fromText(dose.unit()).orElseThrow(() -> new UnreadableDose("unit",
                "is not a unit this API knows; known units are g, mg, µg (also mcg, ug), cfu (also kve) and IU (also IE)"));
        DosePeriod period = dose.period() == null ? DosePeriod.DAY : Arrays.stream(DosePeriod.values())
                .filter(p -> p.ucumCode().equals(dose.period())).findFirst()
                .orElseThrow(() -> new UnreadableDose("period", "must be d (per day), the only period the guidelines use"));
        // Before any arithmetic: 1e30000000 is ten characters of JSON but normalising it writes out 30 million digits.
        check(dose.minimum() == null ? null : dose.minimum().stripTrailingZeros(), "minimum");
        check(dose.maximum() == null ? null : dose.maximum().stripTrailingZeros(), "maximum");
        DoseRange range;
        try {
            // The formatter's wording is a placeholder until the real wording is known.
            range = DoseRange.of(dose.minimum(), dose.maximum(), unit, period, "-");
        } catch (InvalidDoseRange impossible) {
            throw new UnreadableDose(dose.minimum() == null && dose.maximum() == null ? "minimum" : "maximum", impossible.getMessage());
        }
        fits(range, "minimum", "maximum");
        String wording = dose.wording();
        if (wording == null) {
            return DoseRange.of(range.minimum(), range.maximum(), unit, period, DoseFormatter.format(range, languageOf(language)));
        }
        try {
            DoseRange said = DoseParser.parse(wording).range().in(unit, null);
            if (!sameBounds(said, range)) {
                throw new UnreadableDose("wording", "reads as " + DoseFormatter.format(said, Language.EN) + ", not the "
                        + DoseFormatter.format(range, Language.EN) + " of minimum, maximum and unit");
            }
        } catch (nl.supplementguidelines.dose.IncompatibleUnits otherUnit) {
            throw new UnreadableDose("wording", "gives the dose in another unit than " + unit.symbol() + ": " + otherUnit.getMessage());
        } catch (DoseParseException unreadable) {
            // Wording beside the numbers that nobody can check against them could say any other dose.
            throw new UnreadableDose("wording", "cannot be read as a dose (" + unreadable.getMessage() + "); beside minimum, maximum and unit it must "
                    + "say the same dose, or be left out (the dose is then worded as " + DoseFormatter.format(range, languageOf(language)) + ")");
        }
        return DoseRange.of(range.minimum(), range.maximum(), unit, period, wording);
    }

    /** The dose, when its bounds fit the column; else which bound does not, and why. */
    private static DoseRange fits(DoseRange range, String minimumField, String maximumField) {
        check(range.minimum(), minimumField);
        check(range.maximum(), maximumField);
        return range;
    }

    /** Cheap on any BigDecimal: compareTo and scale() look at the exponent and never write out the digits. */
    private static void check(java.math.@org.jspecify.annotations.Nullable BigDecimal amount, String field) {
        if (amount != null && amount.compareTo(MAX_AMOUNT) > 0) {
            throw new UnreadableDose(field, "is larger than 10^18, more than any guideline dose");
        }
        if (amount != null && amount.scale() > MAX_DECIMALS) {
            throw new UnreadableDose(field, "has more than " + MAX_DECIMALS + " decimals");
        }
    }

    private static boolean sameBounds(DoseRange a, DoseRange b) {
        return a.kind() == b.kind() && equal(a.minimum(), b.minimum()) && equal(a.maximum(), b.maximum());
    }

    private static boolean equal(java.math.@org.jspecify.annotations.Nullable BigDecimal a, java.math.@org.jspecify.annotations.Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static Language languageOf(String tag) {
        return "en".equals(tag) ? Language.EN : Language.NL;
    }
}
