package nl.supplementguidelines.evidence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvidenceLevelTest {

    @Test
    void showsOneDotPerLevel() {
        assertThat(EvidenceLevel.of(1).dots()).isEqualTo("●");
        assertThat(EvidenceLevel.of(2).dots()).isEqualTo("●●");
    }

    @Test
    void ordersByNumberOfDots() {
        assertThat(EvidenceLevel.of(2)).isGreaterThan(EvidenceLevel.of(1));
        assertThat(EvidenceLevel.of(2).isAtLeast(EvidenceLevel.of(2))).isTrue();
        assertThat(EvidenceLevel.of(1).isAtLeast(EvidenceLevel.of(2))).isFalse();
    }

    @Test
    void rejectsLevelsBelowOneDot() {
        assertThatThrownBy(() -> EvidenceLevel.of(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
