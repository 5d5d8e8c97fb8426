package nl.supplementguidelines.dose;

import nl.supplementguidelines.language.Language;
import nl.supplementguidelines.support.SeededCases;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Format then parse gives the same dose; arbitrary text is read or refused with a DoseParseException, nothing else.
 * Seeded generated cases (see SeededCases): a failure names its case and is reproduced by running the test again.
 */
class DoseWordingPropertiesTest {

    private static final BigDecimal SMALLEST = new BigDecimal("0.000001");
    private static final BigDecimal LARGEST = new BigDecimal("1000000000000");
    private static final List<String> UNITS = List.of("", " mg", " g", " µg", " mcg", " cfu", " IE", " kve", "mg", " x");
    private static final List<String> BOUNDS = List.of("", "minimaal ", "max. ", "tot ", "at least ");
    private static final String DIGITS = "0123456789⁰¹²³⁴⁵⁶⁷⁸⁹";

    @Test
    void formatThenParseGivesTheSameDoseInBothLanguages() {
        SeededCases.check(20261201L, 4000, DoseWordingPropertiesTest::dose, dose -> {
            for (Language language : Language.values()) {
                String wording = DoseFormatter.format(dose, language);

                DoseRange parsed = DoseParser.parse(wording).range();

                assertThat(parsed.kind()).as(wording).isEqualTo(dose.kind());
                assertThat(parsed.unit()).as(wording).isEqualTo(dose.unit());
                assertSame(parsed.minimum(), dose.minimum(), wording);
                assertSame(parsed.maximum(), dose.maximum(), wording);
            }
        });
    }

    @Test
    void arbitraryTextIsReadOrRefusedWithAReason() {
        SeededCases.check(1L, 5000, random -> SeededCases.anyText(random, 40), text -> {
            Throwable thrown = catchThrowable(() -> DoseParser.parse(text));

            if (thrown != null) {
                assertThat(thrown).isInstanceOf(DoseParseException.class);
                assertThat(thrown.getMessage()).isNotBlank();
            }
        });
    }

    @Test
    void doseLikeGarbageIsReadOrRefusedWithAReason() {
        SeededCases.check(2L, 5000, DoseWordingPropertiesTest::doseLikeText, text -> {
            Throwable thrown = catchThrowable(() -> DoseParser.parse(text));

            if (thrown != null) {
                assertThat(thrown).as(text).isInstanceOf(DoseParseException.class);
            } else {
                DoseRange range = DoseParser.parse(text).range();
                assertThat(range.minimum() == null || range.minimum().signum() > 0).isTrue();
            }
        });
    }

    @Test
    void textWithoutDigitsIsAlwaysRefused() {
        SeededCases.check(3L, 2000, random -> withoutDigits(SeededCases.anyText(random, 30)),
                text -> assertThatThrownBy(() -> DoseParser.parse(text)).isInstanceOf(DoseParseException.class));
    }

    private static DoseRange dose(Random random) {
        BigDecimal a = amount(random);
        BigDecimal b = amount(random);
        BigDecimal low = a.min(b);
        BigDecimal high = a.max(b);
        DoseUnit unit = pick(random, DoseUnit.values());
        return switch (pick(random, DoseKind.values())) {
            case FIXED -> DoseRange.fixed(low, unit, "generated");
            case RANGE -> low.compareTo(high) == 0 ? DoseRange.fixed(low, unit, "generated") : DoseRange.between(low, high, unit, "generated");
            case AT_LEAST -> DoseRange.atLeast(low, unit, "generated");
            case AT_MOST -> DoseRange.atMost(high, unit, "generated");
        };
    }

    /** Between 10^-6 and 10^12 with 0 to 6 decimals, spread over the magnitudes rather than crowded at the top. */
    private static BigDecimal amount(Random random) {
        while (true) {
            BigDecimal unscaled = BigDecimal.valueOf(random.nextLong(1, 1_000_000_000_000_000_000L)).movePointLeft(6 + random.nextInt(13));
            BigDecimal value = unscaled.setScale(random.nextInt(7), RoundingMode.DOWN);
            if (value.compareTo(SMALLEST) >= 0 && value.compareTo(LARGEST) <= 0) {
                return value;
            }
        }
    }

    private static String doseLikeText(Random random) {
        return BOUNDS.get(random.nextInt(BOUNDS.size())) + SeededCases.string(random, "0123456789.,-–x^ ⁹()*µ", 12)
                + UNITS.get(random.nextInt(UNITS.size()));
    }

    private static String withoutDigits(String text) {
        StringBuilder kept = new StringBuilder();
        text.codePoints().filter(c -> DIGITS.indexOf(c) < 0).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static void assertSame(BigDecimal actual, BigDecimal expected, String wording) {
        if (expected == null) {
            assertThat(actual).as(wording).isNull();
        } else {
            assertThat(actual).as(wording).isEqualByComparingTo(expected);
        }
    }
}
