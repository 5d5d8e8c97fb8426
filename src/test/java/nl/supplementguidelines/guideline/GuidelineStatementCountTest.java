package nl.supplementguidelines.guideline;

import nl.supplementguidelines.language.Language;
import nl.supplementguidelines.guideline.GuidelineViews.GuidelineDetails;
import nl.supplementguidelines.guideline.GuidelineViews.GuidelineSummary;
import nl.supplementguidelines.evidence.EvidenceLevel;
import nl.supplementguidelines.support.StatementCounter;
import nl.supplementguidelines.support.synthetic.SyntheticGuidelines;
import nl.supplementguidelines.web.ResultPage;
import nl.supplementguidelines.support.synthetic.SyntheticGuidelines.Shape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.jdbc.Sql;

import javax.sql.DataSource;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a guideline costs a small, fixed number of SQL statements, whatever its size: the fixture guideline has
 * about twice the rows of leaky gut in every part, a synthetic one 25 of everything (and all seven nutrients), and
 * both must cost exactly as much; a thousand more guidelines change nothing either. Every statement counts, whatever
 * runs it: {@link StatementCounter} counts them at the JDBC level, on the calling thread.
 */
@SpringBootTest
@Import(StatementCounter.class)
@Sql(scripts = {"/fixtures/dysbiose-guideline.sql", "/fixtures/large-guideline.sql"},
        executionPhase = Sql.ExecutionPhase.BEFORE_TEST_CLASS)
class GuidelineStatementCountTest {

    /**
     * The guideline with its recommendations, all its other parts (view guideline_part, which also tells whether each
     * related guideline is published), the nutrients, and the reference levels and their notes for all the
     * guideline's nutrients at once: 5, and a translation would be the 6th (issue 11: at most 6 per cache miss).
     */
    private static final long MAX_STATEMENTS_PER_GUIDELINE = 6;

    /** What a ranked search costs on H2, whatever it finds (see the test that measures it). */
    private static final long SEARCH_STATEMENTS = 4;

    private static final String LARGE = SyntheticGuidelines.slug(5_000);

    @Autowired
    GuidelineService service;

    @BeforeAll
    static void insertSyntheticGuidelines(@Autowired DataSource dataSource) {
        SyntheticGuidelines.insert(dataSource, 1, 1_000, Shape.LIKE_LEAKY_GUT);
        SyntheticGuidelines.insert(dataSource, 5_000, 1, Shape.large(25));
    }

    @Test
    void readingAGuidelineCostsTheSameFixedNumberOfStatementsWhateverItsSize() {
        long leakyGut = statementsFor(() -> service.get("leaky-gut", Language.NL).body());
        long large = statementsFor(() -> service.get("fixture-large", Language.NL).body());
        long synthetic = statementsFor(() -> service.get(LARGE, Language.NL).body());

        GuidelineDetails fixture = service.get("fixture-large", Language.NL).body();
        assertThat(fixture.recommendations()).hasSize(12);
        assertThat(fixture.relatedConditions()).allSatisfy(condition -> assertThat(condition.examples()).hasSize(3));
        GuidelineDetails largest = service.get(LARGE, Language.NL).body();
        assertThat(largest.recommendations()).hasSize(7).allSatisfy(recommendation -> assertThat(recommendation.effects()).hasSize(25));
        assertThat(largest.relatedConditions()).hasSize(25).allSatisfy(condition -> assertThat(condition.examples()).hasSize(25));
        assertThat(largest.footnotes()).hasSize(25);
        assertThat(largest.attentionPoints()).hasSize(25);
        assertThat(largest.relatedGuidelines()).hasSize(25);
        assertThat(leakyGut).isLessThanOrEqualTo(MAX_STATEMENTS_PER_GUIDELINE);
        assertThat(large).isEqualTo(leakyGut);
        assertThat(synthetic).isEqualTo(leakyGut);
    }

    @Test
    void readingRecommendationsCostsAFixedNumberOfStatements() {
        long leakyGut = statementsFor(() -> service.recommendations("leaky-gut", Language.NL).body());
        long large = statementsFor(() -> service.recommendations("fixture-large", Language.NL).body());
        long synthetic = statementsFor(() -> service.recommendations(LARGE, Language.NL).body());

        assertThat(leakyGut).isLessThanOrEqualTo(MAX_STATEMENTS_PER_GUIDELINE);
        assertThat(large).isEqualTo(leakyGut);
        assertThat(synthetic).isEqualTo(leakyGut);
    }

    @Test
    void listingGuidelinesCostsAFixedNumberOfStatementsWhateverThePageHolds() {
        long all = statementsFor(() -> service.search(new GuidelineFilter(null, null, null), 0, 20));

        long byNutrient = statementsFor(() -> service.search(new GuidelineFilter(null, "zink", EvidenceLevel.of(2)), 0, 20));

        // leaky gut, dysbiose, the fixture and 1,001 synthetic guidelines: a full page, the total counted, never all loaded.
        ResultPage<GuidelineSummary> first = service.search(new GuidelineFilter(null, null, null), 0, 20);
        assertThat(first.content()).hasSize(20);
        assertThat(first.totalElements()).isEqualTo(1_004);
        assertThat(all).isLessThanOrEqualTo(3);
        // The nutrient's slug is resolved to its id first (the nutrient module's statement), then the same page queries.
        assertThat(byNutrient).isEqualTo(all + 1);
    }

    @Test
    void aRankedSearchCostsTheSameStatementsWhetherItFindsOneGuidelineOrAThousand() {
        long one = statementsFor(() -> service.search(new GuidelineFilter("leaky", null, null), 0, 20));
        long many = statementsFor(() -> service.search(new GuidelineFilter("synthetische", null, null), 0, 20));

        ResultPage<GuidelineSummary> leaky = service.search(new GuidelineFilter("leaky", null, null), 0, 20);
        ResultPage<GuidelineSummary> synthetic = service.search(new GuidelineFilter("synthetische", null, null), 0, 20);
        assertThat(leaky.content()).extracting(GuidelineSummary::slug).containsExactly("leaky-gut");
        assertThat(synthetic.content()).hasSize(20);
        assertThat(synthetic.totalElements()).isGreaterThanOrEqualTo(1_000);
        // On H2: the search texts and the synonyms (the ranking is done in Java, which also tells the total: no count),
        // then the found page's rows by id and their alternative names for the list.
        assertThat(one).isEqualTo(SEARCH_STATEMENTS);
        assertThat(many).isEqualTo(SEARCH_STATEMENTS);
    }

    private long statementsFor(Supplier<?> read) {
        StatementCounter.reset();
        read.get();
        return StatementCounter.ofThisThread().statements();
    }
}
