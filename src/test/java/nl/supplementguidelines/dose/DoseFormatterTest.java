package nl.supplementguidelines.dose;

import nl.supplementguidelines.language.Language;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class DoseFormatterTest {

    @Test
    void writesDutchAsTheSourceDoes() {
        assertThat(DoseFormatter.format(DoseRange.between(new BigDecimal("1500"), new BigDecimal("3000"), DoseUnit.MILLIGRAM, "x"), Language.NL))
                .isEqualTo("1.500-3.000 mg");
        assertThat(DoseFormatter.format(DoseRange.atLeast(new BigDecimal("1000000000"), DoseUnit.COLONY_FORMING_UNIT, "x"), Language.NL))
                .isEqualTo("Minimaal 1x10^9 cfu");
        assertThat(DoseFormatter.format(DoseRange.fixed(new BigDecimal("1.5"), DoseUnit.GRAM, "x"), Language.NL)).isEqualTo("1,5 g");
        assertThat(DoseFormatter.format(DoseRange.atMost(new BigDecimal("100"), DoseUnit.MICROGRAM, "x"), Language.NL)).isEqualTo("Maximaal 100 µg");
    }

    @Test
    void writesEnglish() {
        assertThat(DoseFormatter.format(DoseRange.atLeast(new BigDecimal("25"), DoseUnit.MICROGRAM, "x"), Language.EN)).isEqualTo("at least 25 µg");
        assertThat(DoseFormatter.format(DoseRange.fixed(new BigDecimal("4000"), DoseUnit.INTERNATIONAL_UNIT, "x"), Language.EN)).isEqualTo("4000 IU");
        assertThat(DoseFormatter.format(DoseRange.fixed(new BigDecimal("2500000000"), DoseUnit.COLONY_FORMING_UNIT, "x"), Language.EN)).isEqualTo("2.5x10^9 CFU");
    }

    @Test
    void padsAThreeDigitFractionSoItCannotBeReadAsThousands() {
        assertThat(DoseFormatter.format(DoseRange.fixed(new BigDecimal("1.125"), DoseUnit.MILLIGRAM, "x"), Language.NL)).isEqualTo("1,1250 mg");
        assertThat(DoseParser.parse("1,1250 mg").range().minimum()).isEqualByComparingTo("1.125");
        assertThat(DoseParser.parse("1.1250 mg").range().minimum()).isEqualByComparingTo("1.125");
    }
}
