package nl.supplementguidelines.guideline;

import nl.supplementguidelines.evidence.EvidenceLevel;
import nl.supplementguidelines.support.JdbcSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The row readers over the real Flyway migrations (schema and leaky-gut content). */
@JdbcSliceTest
class GuidelineRowsTest {

    @Autowired
    GuidelineRows guidelines;

    @Autowired
    RecommendationRows recommendations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void loadsLeakyGutWithItsPartsInDocumentOrder() {
        Guideline leakyGut = guidelines.findLive("leaky-gut").orElseThrow();

        assertThat(leakyGut.getTitle()).isEqualTo("Leaky gut");
        assertThat(leakyGut.getAlternativeNames())
                .containsExactly("lekkende darm", "verhoogde intestinale permeabiliteit", "hyperpermeabele darm");
        assertThat(leakyGut.getRecommendations()).extracting(r -> nameOfNutrient(r.getNutrientId()))
                .containsExactly("Probiotica", "L-glutamine", "Colostrum", "Vitamine D", "Zink", "Prebiotica", "Lactoferrine");
        assertThat(leakyGut.getRecommendations()).extracting(Recommendation::getPosition).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(leakyGut.getRelatedConditions()).extracting(RelatedCondition::getName).hasSize(9)
                .startsWith("chronische inflammatie").endsWith("prikkelbare darm syndroom");
        assertThat(leakyGut.getAttentionPoints()).extracting(AttentionPoint::getPosition).containsExactly(1, 2, 3);
        assertThat(leakyGut.getRelatedGuidelines()).extracting(RelatedGuideline::targetSlug)
                .containsExactly("dysbiose", "chronische-inflammatie");
    }

    @Test
    void readsDosesAsExactDecimals() {
        Recommendation lactoferrin = guidelines.findLive("leaky-gut").orElseThrow().getRecommendations().get(6);

        assertThat(lactoferrin.getDose().minimum()).isEqualTo(new BigDecimal("1500"));
        assertThat(lactoferrin.getDose().maximum()).isEqualTo(new BigDecimal("3000"));
        assertThat(lactoferrin.getEvidence()).isEqualTo(EvidenceLevel.of(1));
    }

    @Test
    void filtersByNutrientAndEvidence() {
        assertThat(search(null, "zink", null)).containsExactly("leaky-gut");
        assertThat(search(null, "zink", 2)).containsExactly("leaky-gut");
        assertThat(search(null, "lactoferrine", 2)).isEmpty();
        assertThat(search(null, "lactoferrine", 1)).containsExactly("leaky-gut");
        assertThat(search(null, null, 2)).containsExactly("leaky-gut");
        assertThat(search(null, null, 3)).isEmpty();
        assertThat(search(null, "unknown-nutrient", null)).isEmpty();
    }

    @Test
    void findsOnlyTheRelatedSlugsThatExist() {
        // Leaky gut refers to dysbiose and chronische-inflammatie, neither of them published.
        assertThat(guidelines.findLive("leaky-gut").orElseThrow().getCurrentRelatedSlugs()).isEmpty();
    }

    @Test
    @Sql("/fixtures/dysbiose-guideline.sql")
    void findsARelatedGuidelineOnceItIsAdded() {
        assertThat(guidelines.findLive("leaky-gut").orElseThrow().getCurrentRelatedSlugs()).containsExactly("dysbiose");
    }

    @Test
    void findsTheRecommendationsOfANutrient() {
        List<Recommendation> zinc = recommendations.findByNutrientId(idOfNutrient("zink"));

        assertThat(zinc).singleElement().satisfies(r -> {
            assertThat(r.getGuideline().getSlug()).isEqualTo("leaky-gut");
            assertThat(r.getDose().sourceText()).isEqualTo("15-20 mg");
        });
    }

    @Test
    @Sql("/fixtures/dysbiose-guideline.sql")
    void aStatementForOneGuidelineThatFindsTwoFails() {
        // Both guidelines' rows: the first must not get the second's recommendations.
        JdbcClient.StatementSpec two = jdbc.sql(GuidelineRows.withRecommendationsSql("g.slug in ('leaky-gut', 'dysbiose') and g.status = 'CURRENT'"));

        assertThatThrownBy(() -> guidelines.withRecommendations(two))
                .isInstanceOf(IncorrectResultSizeDataAccessException.class)
                .hasMessageContaining("more than one guideline");
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void aCollectionAskedForAfterTheReadingTransactionEndedFailsNamingIt() {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        transaction.setReadOnly(true);
        Guideline leakyGut = transaction.execute(status -> guidelines.findLive("leaky-gut").orElseThrow());

        assertThatThrownBy(leakyGut::getCauses).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("parts of guideline leaky-gut").hasMessageContaining("outside the transaction");
        // Nor in a transaction of its own: that is another snapshot than the guideline's.
        assertThatThrownBy(() -> transaction.execute(status -> leakyGut.getListedAlternativeNames()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("alternative names of guideline leaky-gut");
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void rowsReadWithoutATransactionReadNoCollectionLater() {
        Guideline leakyGut = guidelines.findLive("leaky-gut").orElseThrow();

        assertThatThrownBy(leakyGut::getFootnotes).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("parts of guideline leaky-gut").hasMessageContaining("none did");
    }

    @Test
    void aGuidelineLetsGoOfItsBatchOnceItsCollectionsAreRead() {
        Guideline leakyGut = guidelines.findLive("leaky-gut").orElseThrow();
        leakyGut.getListedAlternativeNames();
        assertThat(leakyGut.holdsBatch()).as("parts still to read").isTrue();

        leakyGut.getCauses();

        assertThat(leakyGut.holdsBatch()).isFalse();
        assertThat(leakyGut.getRecommendations()).hasSize(7);
        assertThat(leakyGut.getAlternativeNames()).hasSize(3);
    }

    /** Without q: the text search is RankedSearch's (SearchRelevanceContract). */
    private List<String> search(String q, String nutrient, Integer minEvidence) {
        GuidelineFilter filter = new GuidelineFilter(q, nutrient, minEvidence == null ? null : EvidenceLevel.of(minEvidence));
        Long nutrientId = nutrient == null ? null : idOfNutrient(nutrient);
        return guidelines.current(filter.toSql(nutrientId), 0, 20).map(Guideline::getSlug).content();
    }

    // The nutrient module's rows are its own: read its table directly, as any test reads another module's rows.
    private long idOfNutrient(String slug) {
        return jdbc.sql("select id from nutrient where slug = ?").param(slug).query(Long.class).optional().orElse(-1L);
    }

    @Test
    void aDoseWithBlankWordingCannotBeStored() {
        // DoseRange refuses blank wording when the guideline is read, so the database must refuse to store it (V31).
        for (String blank : new String[] {"   ", "\t", " \r\n "}) {
            assertThatThrownBy(() -> jdbc.sql("update recommendation set dose_source_text = ? where position = 1").param(blank).update())
                    .as("%s", blank.replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n"))
                    .isInstanceOf(DataIntegrityViolationException.class)
                    .satisfies(refused -> assertThat(refused.getMessage()).containsIgnoringCase("ck_dose_source_text_not_blank"));
        }
        assertThat(jdbc.sql("update recommendation set dose_source_text = ? where position = 1").param("\t15-20 mg").update()).isEqualTo(1);
    }

    private String nameOfNutrient(long id) {
        return jdbc.sql("select name from nutrient where id = ?").param(id).query(String.class).single();
    }
}
