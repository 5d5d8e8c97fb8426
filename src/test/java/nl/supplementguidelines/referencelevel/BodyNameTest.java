package nl.supplementguidelines.referencelevel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BodyNameTest {

    @Test
    void dropsTheSourcesOwnBracketsSoExplanationsDoNotDoubleThem() {
        assertThat(ReferenceLevels.bodyName("(peer-reviewed risk assessment)")).isEqualTo("peer-reviewed risk assessment");
    }

    @Test
    void keepsOtherBodiesAsTheSourceWritesThem() {
        assertThat(ReferenceLevels.bodyName("EFSA (SCF)")).isEqualTo("EFSA (SCF)");
        assertThat(ReferenceLevels.bodyName("IOM (US)")).isEqualTo("IOM (US)");
        assertThat(ReferenceLevels.bodyName("(")).isEqualTo("(");
    }
}
