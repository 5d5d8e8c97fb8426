package nl.supplementguidelines.referencelevel;

import nl.supplementguidelines.dose.DoseRange;
import nl.supplementguidelines.dose.DoseUnit;
import nl.supplementguidelines.language.Text;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference levels read through JPA over the real migrations, and compared with doses at their edges. */
@DataJpaTest(properties = "spring.datasource.url=jdbc:h2:mem:reference-levels-jpa;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(ReferenceLevels.class)
class ReferenceLevelsJpaTest {

    private static final Text SUBJECT = new Text("De dosis", "The dose");

    @Autowired
    ReferenceLevels referenceLevels;

    @Autowired
    JdbcClient jdbc;

    private long idOf(String slug) {
        return jdbc.sql("select id from nutrient where slug = ?").param(slug).query(Long.class).single();
    }

    @Test
    void givesEveryNutrientAskedForAnAnswerWithNoneSetWhereThereAreNoLevels() {
        long zinc = idOf("zink");
        long colostrum = idOf("colostrum");

        Map<Long, NutrientLevels> levels = referenceLevels.forNutrients(List.of(zinc, colostrum));

        assertThat(levels.get(zinc).levels()).extracting(ReferenceLevelView::row).containsExactly(4, 5);
        assertThat(levels.get(colostrum).status()).isEqualTo(NutrientLevels.Status.NONE_SET_IN_OUR_SOURCES);
        assertThat(levels.get(colostrum).summary().en()).isEqualTo("Upper intake level: none set in our sources.");
    }

    @Test
    void anAmountExactlyAtTheLevelPassesAndOneMicrogramMoreDoesNot() {
        NutrientLevels vitaminD = referenceLevels.forNutrient(idOf("vitamine-d"));
        BigDecimal factor = new BigDecimal("40");

        LevelCheck atLevel = ReferenceLevels.check(vitaminD, DoseRange.fixed(new BigDecimal("4000"), DoseUnit.INTERNATIONAL_UNIT, "4000 IE"), SUBJECT, factor);
        LevelCheck above = ReferenceLevels.check(vitaminD, DoseRange.fixed(new BigDecimal("0.101"), DoseUnit.MILLIGRAM, "0,101 mg"), SUBJECT, factor);

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
        NutrientLevels zinc = referenceLevels.forNutrient(idOf("zink"));

        LevelCheck across = ReferenceLevels.check(zinc, DoseRange.between(new BigDecimal("20"), new BigDecimal("30"), DoseUnit.MILLIGRAM, "20-30 mg"), SUBJECT, null);
        LevelCheck open = ReferenceLevels.check(zinc, DoseRange.atLeast(new BigDecimal("10"), DoseUnit.MILLIGRAM, "Minimaal 10 mg"), SUBJECT, null);

        assertThat(across.comparisons().get(0).verdict()).isEqualTo(LevelComparison.Verdict.PARTLY_ABOVE);
        assertThat(across.comparisons().get(0).maximumPercentOfLevel()).isEqualByComparingTo("120");
        assertThat(across.comparisons().get(1).verdict()).isEqualTo(LevelComparison.Verdict.AT_OR_BELOW);
        assertThat(open.status()).isEqualTo(LevelCheck.Status.NO_MAXIMUM_TO_COMPARE);
        assertThat(open.passes()).isNull();
    }
}
