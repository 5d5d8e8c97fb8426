package nl.supplementguidelines.referencelevel;

import nl.supplementguidelines.dose.Amount;
import nl.supplementguidelines.dose.DoseUnit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class BodyNameTest {

    private static String bodyName(String body) {
        return new Level(1, ReferenceLevelKind.UL, new Amount(BigDecimal.ONE, DoseUnit.MILLIGRAM), "1 mg", "adults", body, "a citation").bodyName();
    }

    @Test
    void dropsTheSourcesOwnBracketsSoExplanationsDoNotDoubleThem() {
        assertThat(bodyName("(peer-reviewed risk assessment)")).isEqualTo("peer-reviewed risk assessment");
    }

    @Test
    void keepsOtherBodiesAsTheSourceWritesThem() {
        assertThat(bodyName("EFSA (SCF)")).isEqualTo("EFSA (SCF)");
        assertThat(bodyName("IOM (US)")).isEqualTo("IOM (US)");
        assertThat(bodyName("(")).isEqualTo("(");
    }
}
