package nl.supplementguidelines.dose;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnitConversionTest {

    private static final BigDecimal VITAMIN_D = new BigDecimal("40");

    private static BigDecimal convert(String amount, DoseUnit from, DoseUnit to, BigDecimal factor) {
        return UnitConversion.convert(new BigDecimal(amount), from, to, factor);
    }

    @Test
    void convertsMassUnitsExactly() {
        assertThat(convert("1.5", DoseUnit.GRAM, DoseUnit.MILLIGRAM, null)).isEqualByComparingTo("1500");
        assertThat(convert("25", DoseUnit.MICROGRAM, DoseUnit.MILLIGRAM, null)).isEqualByComparingTo("0.025");
        assertThat(convert("1", DoseUnit.MICROGRAM, DoseUnit.GRAM, null)).isEqualByComparingTo("0.000001");
        assertThat(convert("0.0000001", DoseUnit.GRAM, DoseUnit.MICROGRAM, null)).isEqualByComparingTo("0.1");
        assertThat(convert("1000000000", DoseUnit.MILLIGRAM, DoseUnit.GRAM, null).toString()).isEqualTo("1000000");
    }

    @Test
    void aPowerOfTenDividesAsBigDecimalsOwnExactDivision() {
        List<DoseUnit> mass = List.of(DoseUnit.GRAM, DoseUnit.MILLIGRAM, DoseUnit.MICROGRAM);
        List<String> amounts = List.of("0.0000001", "0.025", "0.5", "1", "1.50", "7", "30", "1000", "25000", "1E+9", "123.456789");
        for (String text : amounts) {
            BigDecimal amount = new BigDecimal(text);
            for (DoseUnit from : mass) {
                for (DoseUnit to : mass) {
                    BigDecimal expected = UnitConversion.plain(amount.multiply(from.micrograms()).divide(to.micrograms()));
                    assertThat(UnitConversion.convert(amount, from, to, null)).as("%s %s in %s", text, from, to)
                            .hasToString(expected.toString());
                }
            }
            for (String factor : List.of("10", "100", "0.1", "40", "3")) {
                BigDecimal iu = new BigDecimal(factor);
                BigDecimal expected = UnitConversion.plain(amount.divide(iu, MathContext.DECIMAL128));
                assertThat(UnitConversion.convert(amount, DoseUnit.INTERNATIONAL_UNIT, DoseUnit.MICROGRAM, iu))
                        .as("%s IU at %s IU/µg", text, factor).isEqualByComparingTo(expected);
            }
            // Factors whose reciprocal is a finite decimal: the very string of BigDecimal's exact division.
            for (String factor : List.of("40", "4E+1", "40.00", "0.025", "8", "12.5", "1.6", "2048", "3125", "1")) {
                BigDecimal iu = new BigDecimal(factor);
                BigDecimal expected = UnitConversion.plain(amount.divide(iu));
                assertThat(UnitConversion.convert(amount, DoseUnit.INTERNATIONAL_UNIT, DoseUnit.MILLIGRAM, iu))
                        .as("%s IU at %s IU/µg, in mg", text, factor)
                        .hasToString(UnitConversion.plain(expected.divide(DoseUnit.MILLIGRAM.micrograms())).toString());
                assertThat(UnitConversion.convert(amount, DoseUnit.INTERNATIONAL_UNIT, DoseUnit.MICROGRAM, iu))
                        .as("%s IU at %s IU/µg", text, factor).hasToString(expected.toString());
            }
        }
    }

    @Test
    void aFiniteReciprocalIsExactAndOnlyGivenWhenItExists() {
        for (String divisor : List.of("1", "2", "5", "8", "40", "4E+1", "0.04", "125", "1000", "1E+9", "0.001", "1024", "6.25")) {
            BigDecimal value = new BigDecimal(divisor);
            assertThat(UnitConversion.finiteReciprocal(value)).as("1/%s", divisor)
                    .isEqualByComparingTo(BigDecimal.ONE.divide(value));
        }
        for (String divisor : List.of("3", "7", "0.3", "12", "40.1", "0", "-40", "9223372036854775807")) {
            assertThat(UnitConversion.finiteReciprocal(new BigDecimal(divisor))).as("1/%s", divisor).isNull();
        }
    }

    @Test
    void convertsVitaminDInternationalUnitsByItsFactor() {
        assertThat(convert("4000", DoseUnit.INTERNATIONAL_UNIT, DoseUnit.MICROGRAM, VITAMIN_D)).isEqualByComparingTo("100");
        assertThat(convert("1", DoseUnit.INTERNATIONAL_UNIT, DoseUnit.MICROGRAM, VITAMIN_D)).isEqualByComparingTo("0.025");
        assertThat(convert("25", DoseUnit.MICROGRAM, DoseUnit.INTERNATIONAL_UNIT, VITAMIN_D)).isEqualByComparingTo("1000");
        assertThat(convert("0.1", DoseUnit.MILLIGRAM, DoseUnit.INTERNATIONAL_UNIT, VITAMIN_D)).isEqualByComparingTo("4000");
    }

    @Test
    void neverConvertsInternationalUnitsWithoutAFactor() {
        assertThatThrownBy(() -> convert("1", DoseUnit.INTERNATIONAL_UNIT, DoseUnit.MILLIGRAM, null))
                .isInstanceOf(IncompatibleUnits.class).hasMessageContaining("defines none");
    }

    @Test
    void neverConvertsColonyFormingUnitsToMass() {
        assertThatThrownBy(() -> convert("1000000000", DoseUnit.COLONY_FORMING_UNIT, DoseUnit.MILLIGRAM, VITAMIN_D))
                .isInstanceOf(IncompatibleUnits.class).hasMessageContaining("never convert to mass");
        assertThat(UnitConversion.convertible(DoseUnit.COLONY_FORMING_UNIT, DoseUnit.INTERNATIONAL_UNIT, VITAMIN_D)).isFalse();
    }

    @Test
    void picksTheFinerMassUnitAndMassOverInternationalUnits() {
        assertThat(UnitConversion.commonUnit(DoseUnit.GRAM, DoseUnit.MILLIGRAM)).isEqualTo(DoseUnit.MILLIGRAM);
        assertThat(UnitConversion.commonUnit(DoseUnit.MICROGRAM, DoseUnit.GRAM)).isEqualTo(DoseUnit.MICROGRAM);
        assertThat(UnitConversion.commonUnit(DoseUnit.INTERNATIONAL_UNIT, DoseUnit.MICROGRAM)).isEqualTo(DoseUnit.MICROGRAM);
    }

    @Test
    void acceptsTheSpellingsOfTheSources() {
        assertThat(DoseUnit.fromText("mcg")).contains(DoseUnit.MICROGRAM);
        assertThat(DoseUnit.fromText("ug")).contains(DoseUnit.MICROGRAM);
        assertThat(DoseUnit.fromText("µg")).contains(DoseUnit.MICROGRAM);
        assertThat(DoseUnit.fromText("μg")).contains(DoseUnit.MICROGRAM);
        assertThat(DoseUnit.fromText("IE")).contains(DoseUnit.INTERNATIONAL_UNIT);
        assertThat(DoseUnit.fromText("[IU]")).contains(DoseUnit.INTERNATIONAL_UNIT);
        assertThat(DoseUnit.fromText("kve")).contains(DoseUnit.COLONY_FORMING_UNIT);
        assertThat(DoseUnit.fromText("{CFU}")).contains(DoseUnit.COLONY_FORMING_UNIT);
        assertThat(DoseUnit.fromText("kg")).isEmpty();
    }
}
