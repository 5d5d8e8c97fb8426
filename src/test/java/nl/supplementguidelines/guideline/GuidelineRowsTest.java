package nl.supplementguidelines.guideline;

import nl.supplementguidelines.evidence.EvidenceLevel;
import nl.supplementguidelines.support.JdbcSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.jdbc.Sql;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The row readers over the real Flyway migrations (schema and leaky-gut content). */
@JdbcSliceTest
class GuidelineRowsTest {

    @Autowired
    GuidelineRows guidelines;

    @Autowired
    RecommendationRows recommendations;

    @Autowired
    JdbcClient jdbc;

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

    private String nameOfNutrient(long id) {
        return jdbc.sql("select name from nutrient where id = ?").param(id).query(String.class).single();
    }
}
