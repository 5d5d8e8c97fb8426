package nl.supplementguidelines.referencelevel;

import nl.supplementguidelines.dose.DoseRange;
import nl.supplementguidelines.dose.DoseUnit;
import nl.supplementguidelines.language.Text;
import nl.supplementguidelines.support.JdbcSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference levels read with JdbcClient over the real migrations, and compared with doses at their edges. */
@JdbcSliceTest
class ReferenceLevelsJdbcTest {

    private static final Text SUBJECT = new Text("De dosis", "The dose");

    @Autowired
    ReferenceLevels referenceLevels;

    @Autowired
    LevelWording wording;

    @Autowired
    JdbcClient jdbc;

    private LevelCheck check(Levels levels, DoseRange dose, BigDecimal factor) {
        return wording.both(levels.check(dose, factor), SUBJECT);
    }

    private long idOf(String slug) {
        return jdbc.sql("select id from nutrient where slug = ?").param(slug).query(Long.class).single();
    }

    @Test
    void givesEveryNutrientAskedForAnAnswerWithNoneSetWhereThereAreNoLevels() {
        long zinc = idOf("zink");
        long colostrum = idOf("colostrum");

        Map<Long, Levels> levels = referenceLevels.forNutrients(List.of(zinc, colostrum));

        assertThat(levels.get(zinc).levels()).extracting(Level::row).containsExactly(4, 5);
        assertThat(levels.get(colostrum).levels()).isEmpty();
        assertThat(referenceLevels.forNutrient(colostrum).status()).isEqualTo(NutrientLevels.Status.NONE_SET_IN_OUR_SOURCES);
        assertThat(referenceLevels.forNutrient(colostrum).summary().en()).isEqualTo("Upper intake level: none set in our sources.");
        assertThat(referenceLevels.forNutrient(zinc).summary().nl()).isEqualTo("Onze bronnen geven 2 referentieniveaus voor de dagelijkse inname.");
    }

    @Test
    void anAmountExactlyAtTheLevelPassesAndOneMicrogramMoreDoesNot() {
        Levels vitaminD = referenceLevels.forNutrients(List.of(idOf("vitamine-d"))).get(idOf("vitamine-d"));
        BigDecimal factor = new BigDecimal("40");

        LevelCheck atLevel = check(vitaminD, DoseRange.fixed(new BigDecimal("4000"), DoseUnit.INTERNATIONAL_UNIT, "4000 IE"), factor);
        LevelCheck above = check(vitaminD, DoseRange.fixed(new BigDecimal("0.101"), DoseUnit.MILLIGRAM, "0,101 mg"), factor);

        assertThat(atLevel.comparisons().get(0).verdict()).isEqualTo(LevelComparison.Verdict.AT_OR_BELOW);
        assertThat(atLevel.comparisons().get(0).minimum()).isEqualByComparingTo("100");
        assertThat(atLevel.comparisons().get(1).verdict()).isEqualTo(LevelComparison.Verdict.ABOVE);
        assertThat(above.comparisons().get(0).verdict()).isEqualTo(LevelComparison.Verdict.ABOVE);
        assertThat(above.comparisons().get(0).minimum()).isEqualByComparingTo("101");
        assertThat(above.status()).isEqualTo(LevelCheck.Status.EXCEEDS_A_REFERENCE_LEVEL);
        assertThat(atLevel.summary().en()).startsWith("Exceeds the reference level UL 50 µg (EFSA, children 1-10 y), not the others in our sources.");
        assertThat(atLevel.summary().nl()).startsWith("Ligt boven het referentieniveau UL 50 µg (EFSA, children 1-10 y), niet boven de andere in onze bronnen.");
    }

    @Test
    void aRangeAcrossTheLevelIsPartlyAboveAndAnOpenRangeBelowItHasNoMaximumToCompare() {
        Levels zinc = referenceLevels.forNutrients(List.of(idOf("zink"))).get(idOf("zink"));

        LevelCheck across = check(zinc, DoseRange.between(new BigDecimal("20"), new BigDecimal("30"), DoseUnit.MILLIGRAM, "20-30 mg"), null);
        LevelCheck open = check(zinc, DoseRange.atLeast(new BigDecimal("10"), DoseUnit.MILLIGRAM, "Minimaal 10 mg"), null);

        assertThat(across.comparisons().get(0).verdict()).isEqualTo(LevelComparison.Verdict.PARTLY_ABOVE);
        assertThat(across.comparisons().get(0).maximumPercentOfLevel()).isEqualByComparingTo("120");
        assertThat(across.comparisons().get(1).verdict()).isEqualTo(LevelComparison.Verdict.AT_OR_BELOW);
        assertThat(open.status()).isEqualTo(LevelCheck.Status.NO_MAXIMUM_TO_COMPARE);
        assertThat(open.passes()).isNull();
    }
}
