package nl.supplementguidelines.fhir;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Our FHIR ids: dots between the parts, at most 64 characters, a long part shortened the same way every time. */
class FhirIdsTest {

    private static final String SLUG_100 = ("abcdefghi-").repeat(9) + "abcdefghij";

    @Test
    void aSlugEndingInDigitsKeepsItsDigits() {
        assertThat(FhirIds.plan("omega-3", 1)).isEqualTo("omega-3.1");
        FhirIds.Parsed parsed = FhirIds.parse("omega-3.1", 2);
        assertThat(parsed).isNotNull();
        assertThat(parsed.slugPart()).isEqualTo("omega-3");
        assertThat(parsed.version()).isEqualTo(1);
        assertThat(FhirIds.parse("omega-3-1", 2)).isNull();
    }

    @Test
    void longPartsAreShortenedToAtMost64CharactersDeterministically() {
        String plan = FhirIds.plan(SLUG_100, 999_999_999);
        String activity = FhirIds.activity(SLUG_100, 999_999_999, SLUG_100.replace('a', 'z'));

        assertThat(SLUG_100).hasSize(100);
        assertThat(plan).hasSizeLessThanOrEqualTo(64).matches("[A-Za-z0-9\\-.]{1,64}").endsWith(".999999999").contains("--");
        assertThat(activity).hasSizeLessThanOrEqualTo(64).matches("[A-Za-z0-9\\-.]{1,64}").contains("--");
        assertThat(FhirIds.plan(SLUG_100, 999_999_999)).isEqualTo(plan);
        FhirIds.Parsed parsed = FhirIds.parse(activity, 3);
        assertThat(parsed).isNotNull();
        assertThat(FhirIds.names(parsed.slugPart(), SLUG_100)).isTrue();
        assertThat(FhirIds.names(parsed.slugPart(), SLUG_100.replace('b', 'c'))).isFalse();
        assertThat(FhirIds.names(parsed.nutrientPart(), SLUG_100.replace('a', 'z'))).isTrue();
        assertThat(FhirIds.plan(SLUG_100.replace('b', 'c'), 1)).isNotEqualTo(FhirIds.plan(SLUG_100, 1));
    }

    @Test
    void shortIdsAreTheirPartsJoined() {
        assertThat(FhirIds.activity("leaky-gut", 1, "probiotica")).isEqualTo("leaky-gut.1.probiotica");
        assertThat(FhirIds.plan("a".repeat(62), 1)).hasSize(64).doesNotContain("--");
    }
}
