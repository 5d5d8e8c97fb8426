package nl.supplementguidelines.dose;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DoseRangeTest {

    @Test
    void knowsItsKindFromItsBounds() {
        assertThat(DoseRange.fixed(new BigDecimal("500"), DoseUnit.MILLIGRAM, "500 mg").kind()).isEqualTo(DoseKind.FIXED);
        assertThat(DoseRange.between(new BigDecimal("15"), new BigDecimal("20"), DoseUnit.MILLIGRAM, "15-20 mg").kind()).isEqualTo(DoseKind.RANGE);
        assertThat(DoseRange.atLeast(new BigDecimal("25"), DoseUnit.MICROGRAM, "Minimaal 25 mcg").kind()).isEqualTo(DoseKind.AT_LEAST);
        assertThat(DoseRange.atMost(new BigDecimal("100"), DoseUnit.MICROGRAM, "max. 100 µg").kind()).isEqualTo(DoseKind.AT_MOST);
    }

    @Test
    void aRangeWithEqualBoundsIsAFixedDose() {
        DoseRange dose = DoseRange.between(new BigDecimal("5"), new BigDecimal("5.000"), DoseUnit.GRAM, "5 g");

        assertThat(dose.kind()).isEqualTo(DoseKind.FIXED);
        assertThat(dose.minimum()).isEqualByComparingTo("5");
    }

    @Test
    void keepsAmountsExactWithoutExponentNotation() {
        DoseRange probiotics = DoseRange.atLeast(new BigDecimal("1E+9"), DoseUnit.COLONY_FORMING_UNIT, "Minimaal 1x10⁹ cfu");
        DoseRange scaled = DoseRange.between(new BigDecimal("1500.000000"), new BigDecimal("3000.000000"), DoseUnit.MILLIGRAM, "1.500-3.000 mg");

        assertThat(probiotics.minimum().toString()).isEqualTo("1000000000");
        assertThat(scaled.minimum().toString()).isEqualTo("1500");
        assertThat(scaled.maximum().toString()).isEqualTo("3000");
        assertThat(DoseRange.fixed(new BigDecimal("1.50"), DoseUnit.GRAM, "1,5 g").minimum().toString()).isEqualTo("1.5");
    }

    @Test
    void rejectsAMaximumBelowTheMinimum() {
        assertThatThrownBy(() -> DoseRange.between(new BigDecimal("20"), new BigDecimal("15"), DoseUnit.MILLIGRAM, "20-15 mg"))
                .isInstanceOf(InvalidDoseRange.class)
                .hasMessageContaining("must not be below the minimum");
    }

    @Test
    void rejectsZeroAndNegativeAmounts() {
        assertThatThrownBy(() -> DoseRange.fixed(BigDecimal.ZERO, DoseUnit.MILLIGRAM, "0 mg"))
                .isInstanceOf(InvalidDoseRange.class).hasMessageContaining("greater than 0");
        assertThatThrownBy(() -> DoseRange.atMost(new BigDecimal("-1"), DoseUnit.MILLIGRAM, "max. -1 mg"))
                .isInstanceOf(InvalidDoseRange.class).hasMessageContaining("greater than 0");
    }

    @Test
    void rejectsADoseWithoutBoundsUnitOrSourceText() {
        assertThatThrownBy(() -> DoseRange.of(null, null, DoseUnit.GRAM, DosePeriod.DAY, "?"))
                .isInstanceOf(InvalidDoseRange.class);
        assertThatThrownBy(() -> DoseRange.fixed(BigDecimal.ONE, null, "1"))
                .isInstanceOf(InvalidDoseRange.class);
        assertThatThrownBy(() -> DoseRange.fixed(BigDecimal.ONE, DoseUnit.GRAM, " "))
                .isInstanceOf(InvalidDoseRange.class);
    }

    @Test
    void equalDosesAreEqualWhateverTheirScale() {
        assertThat(DoseRange.between(new BigDecimal("15"), new BigDecimal("20"), DoseUnit.MILLIGRAM, "15-20 mg"))
                .isEqualTo(DoseRange.between(new BigDecimal("15.00"), new BigDecimal("20.0"), DoseUnit.MILLIGRAM, "15-20 mg"))
                .hasSameHashCodeAs(DoseRange.between(new BigDecimal("15.00"), new BigDecimal("20.0"), DoseUnit.MILLIGRAM, "15-20 mg"));
    }

    @Test
    void viewCarriesUcumCodeSymbolAndSourceWording() {
        DoseView view = DoseView.of(DoseRange.atLeast(new BigDecimal("25"), DoseUnit.MICROGRAM, "Minimaal 25 mcg"));

        assertThat(view.unit()).isEqualTo("ug");
        assertThat(view.unitSymbol()).isEqualTo("µg");
        assertThat(view.per()).isEqualTo("d");
        assertThat(view.maximum()).isNull();
        assertThat(view.sourceText()).isEqualTo("Minimaal 25 mcg");
    }

    @Test
    void anAmountWithAnExponentOfMillionsIsRefusedWithoutWritingOutItsDigits() {
        assertThatThrownBy(() -> DoseRange.atMost(new BigDecimal("1e30000000"), DoseUnit.MILLIGRAM, "x"))
                .isInstanceOf(InvalidDoseRange.class).hasMessageContaining("100 digits");
        assertThatThrownBy(() -> DoseRange.between(new BigDecimal("5"), new BigDecimal("1e-30000000"), DoseUnit.MILLIGRAM, "x"))
                .isInstanceOf(InvalidDoseRange.class).hasMessageContaining("100 digits");
        assertThat(DoseRange.atMost(new BigDecimal("1e24"), DoseUnit.MICROGRAM, "x").maximum()).isEqualByComparingTo("1000000000000000000000000");
    }
}
