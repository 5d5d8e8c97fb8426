package nl.supplementguidelines.dose;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import nl.supplementguidelines.language.Language;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Format then parse gives the same dose; arbitrary text is read or refused with a DoseParseException, nothing else. */
class DoseWordingPropertiesTest {

    @Property(tries = 2000)
    void formatThenParseGivesTheSameDose(@ForAll("doses") DoseRange dose, @ForAll Language language) {
        String wording = DoseFormatter.format(dose, language);

        DoseRange parsed = DoseParser.parse(wording).range();

        assertThat(parsed.kind()).as(wording).isEqualTo(dose.kind());
        assertThat(parsed.unit()).as(wording).isEqualTo(dose.unit());
        assertSame(parsed.minimum(), dose.minimum(), wording);
        assertSame(parsed.maximum(), dose.maximum(), wording);
    }

    @Property(tries = 3000)
    void arbitraryTextIsReadOrRefusedWithAReason(@ForAll @StringLength(max = 40) String text) {
        Throwable thrown = catchThrowable(() -> DoseParser.parse(text));

        if (thrown != null) {
            assertThat(thrown).isInstanceOf(DoseParseException.class);
            assertThat(thrown.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 3000)
    void doseLikeGarbageIsReadOrRefusedWithAReason(@ForAll("doseLikeText") String text) {
        Throwable thrown = catchThrowable(() -> DoseParser.parse(text));

        if (thrown != null) {
            assertThat(thrown).as(text).isInstanceOf(DoseParseException.class);
        } else {
            DoseRange range = DoseParser.parse(text).range();
            assertThat(range.minimum() == null || range.minimum().signum() > 0).isTrue();
        }
    }

    @Property(tries = 500)
    void textWithoutDigitsIsAlwaysRefused(@ForAll("noDigits") String text) {
        assertThatThrownBy(() -> DoseParser.parse(text)).isInstanceOf(DoseParseException.class);
    }

    @Provide
    Arbitrary<DoseRange> doses() {
        Arbitrary<BigDecimal> amounts = Combinators.combine(
                        Arbitraries.bigDecimals().between(new BigDecimal("0.000001"), new BigDecimal("1000000000000")).ofScale(6),
                        Arbitraries.integers().between(0, 6))
                .as((value, scale) -> value.setScale(scale, RoundingMode.DOWN))
                .filter(value -> value.signum() > 0);
        Arbitrary<DoseUnit> units = Arbitraries.of(DoseUnit.class);
        return Combinators.combine(amounts, amounts, units, Arbitraries.of(DoseKind.class)).as((a, b, unit, kind) -> {
            BigDecimal low = a.min(b);
            BigDecimal high = a.max(b);
            return switch (kind) {
                case FIXED -> DoseRange.fixed(low, unit, "generated");
                case RANGE -> low.compareTo(high) == 0 ? DoseRange.fixed(low, unit, "generated") : DoseRange.between(low, high, unit, "generated");
                case AT_LEAST -> DoseRange.atLeast(low, unit, "generated");
                case AT_MOST -> DoseRange.atMost(high, unit, "generated");
            };
        });
    }

    @Provide
    Arbitrary<String> doseLikeText() {
        return Arbitraries.strings().withChars("0123456789.,-–x^ ⁹()*µ").ofMaxLength(12)
                .flatMap(prefix -> Arbitraries.of("", " mg", " g", " µg", " mcg", " cfu", " IE", " kve", "mg", " x")
                        .flatMap(unit -> Arbitraries.of("", "minimaal ", "max. ", "tot ", "at least ").map(bound -> bound + prefix + unit)));
    }

    @Provide
    Arbitrary<String> noDigits() {
        return Arbitraries.strings().excludeChars('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹')
                .ofMaxLength(30);
    }

    private static void assertSame(BigDecimal actual, BigDecimal expected, String wording) {
        if (expected == null) {
            assertThat(actual).as(wording).isNull();
        } else {
            assertThat(actual).as(wording).isEqualByComparingTo(expected);
        }
    }
}
