package nl.supplementguidelines.guideline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GuidelineRefTest {

    @Test
    void aSlugNamesTheCurrentVersionAndSlugAtNThatVersion() {
        assertThat(GuidelineRef.parse("leaky-gut")).contains(new GuidelineRef("leaky-gut", null));
        assertThat(GuidelineRef.parse("leaky-gut@12")).contains(new GuidelineRef("leaky-gut", 12));
        assertThat(GuidelineRef.parse("leaky-gut@12").orElseThrow()).hasToString("leaky-gut@12");
        assertThat(GuidelineRef.parse("a".repeat(100) + "@999999999")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "@1", "leaky-gut@", "leaky-gut@0", "leaky-gut@01", "leaky-gut@-1", "leaky-gut@x", "leaky-gut@1@2",
            "leaky gut", "leaky-gut@1000000000", " leaky-gut"})
    void refusesWhatIsNotASlugWithAnOptionalVersionFromOne(String text) {
        assertThat(GuidelineRef.parse(text)).isEmpty();
    }

    @Test
    void refusesASlugLongerThanTheColumnAndTextLongerThanTheBound() {
        assertThat(GuidelineRef.parse("a".repeat(101))).isEmpty();
        assertThat(GuidelineRef.parse("a".repeat(101) + "@1")).isEmpty();
        assertThat(GuidelineRef.parse("a".repeat(GuidelineRef.MAX_LENGTH + 1))).isEmpty();
        assertThat(GuidelineRef.parse(null)).isEmpty();
    }
}
