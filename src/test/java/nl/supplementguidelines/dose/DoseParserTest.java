package nl.supplementguidelines.dose;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DoseParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            15-20 mg              | RANGE    | 15         | 20   | MILLIGRAM
            1.500-3.000 mg        | RANGE    | 1500       | 3000 | MILLIGRAM
            Minimaal 25 mcg       | AT_LEAST | 25         | -    | MICROGRAM
            Minimaal 1x10^9 cfu   | AT_LEAST | 1000000000 | -    | COLONY_FORMING_UNIT
            Minimaal 1x10⁹ cfu    | AT_LEAST | 1000000000 | -    | COLONY_FORMING_UNIT
            Minimaal 1x109 cfu*   | AT_LEAST | 1000000000 | -    | COLONY_FORMING_UNIT
            1x109 cfu             | FIXED    | 1000000000 | 1000000000 | COLONY_FORMING_UNIT
            500 mg                | FIXED    | 500        | 500  | MILLIGRAM
            1,5 g                 | FIXED    | 1.5        | 1.5  | GRAM
            max. 100 µg           | AT_MOST  | -          | 100  | MICROGRAM
            tot 30 g              | AT_MOST  | -          | 30   | GRAM
            25 µg (1000 IE)       | FIXED    | 25         | 25   | MICROGRAM
            at least 25 mcg       | AT_LEAST | 25         | -    | MICROGRAM
            AT LEAST 25 UG        | AT_LEAST | 25         | -    | MICROGRAM
            25 μg                 | FIXED    | 25         | 25   | MICROGRAM
            15 tot 30 g           | RANGE    | 15         | 30   | GRAM
            15 to 30 g per day    | RANGE    | 15         | 30   | GRAM
            15 mg - 20 mg         | RANGE    | 15         | 20   | MILLIGRAM
            15–20 mg per dag      | RANGE    | 15         | 20   | MILLIGRAM
            up to 4000 IU         | AT_MOST  | -          | 4000 | INTERNATIONAL_UNIT
            1.5 g                 | FIXED    | 1.5        | 1.5  | GRAM
            0.125 mg              | FIXED    | 0.125      | 0.125 | MILLIGRAM
            1.500,5 mg            | FIXED    | 1500.5     | 1500.5 | MILLIGRAM
            2 kve                 | FIXED    | 2          | 2    | COLONY_FORMING_UNIT
            """)
    void readsTheListedForms(String text, DoseKind kind, BigDecimal minimum, BigDecimal maximum, DoseUnit unit) {
        DoseRange range = DoseParser.parse(text).range();

        assertThat(range.kind()).isEqualTo(kind);
        if (minimum == null) {
            assertThat(range.minimum()).isNull();
        } else {
            assertThat(range.minimum()).isEqualByComparingTo(minimum);
        }
        if (maximum == null) {
            assertThat(range.maximum()).isNull();
        } else {
            assertThat(range.maximum()).isEqualByComparingTo(maximum);
        }
        assertThat(range.unit()).isEqualTo(unit);
        assertThat(range.sourceText()).isEqualTo(text.strip());
    }

    @Test
    void keepsTheEquivalentInBrackets() {
        ParsedDose parsed = DoseParser.parse("25 µg (1000 IE)");

        assertThat(parsed.equivalent()).isEqualTo(new Amount(new BigDecimal("1000"), DoseUnit.INTERNATIONAL_UNIT));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "   ", "mg", "twenty mg", "15 zonks", "15", "-5 mg", "0 mg", "20-15 mg", "1,500 mg",
            "2x100 mg", "1x10^99 cfu", "15 mg - 20 g", "minimaal 15-20 mg", "25 µg (lots)", "1..5 mg", "1.50.0 mg",
            "1,5,5 g", "15.mg", "abc", "%%%", "1x10^9"})
    void refusesWordingItCannotRead(String text) {
        assertThatThrownBy(() -> DoseParser.parse(text)).isInstanceOf(DoseParseException.class).hasMessageNotContaining("Exception");
    }

    @Test
    void explainsAnUnknownUnit() {
        assertThatThrownBy(() -> DoseParser.parse("15 zonks")).hasMessageContaining("unknown unit 'zonks'");
    }

    @Test
    void explainsTheAmbiguousComma() {
        assertThatThrownBy(() -> DoseParser.parse("1,500 mg")).hasMessageContaining("ambiguous");
    }

    @Test
    void refusesARangeWhereOneAmountIsNeeded() {
        assertThatThrownBy(() -> DoseParser.parseAmount("15-20 mg")).isInstanceOf(DoseParseException.class)
                .hasMessageContaining("one amount is needed");
        assertThat(DoseParser.parseAmount("30 mg")).isEqualTo(new Amount(new BigDecimal("30"), DoseUnit.MILLIGRAM));
    }
}
