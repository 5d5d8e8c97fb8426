package nl.supplementguidelines.guideline;

import nl.supplementguidelines.language.Language;
import jakarta.persistence.EntityManagerFactory;
import nl.supplementguidelines.guideline.GuidelineViews.GuidelineDetails;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.jdbc.Sql;

import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a guideline costs a small, fixed number of SQL statements, whatever its size: the fixture
 * guideline has about twice the rows of leaky gut in every part and must cost exactly as much.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@Sql(scripts = {"/fixtures/dysbiose-guideline.sql", "/fixtures/large-guideline.sql"},
        executionPhase = Sql.ExecutionPhase.BEFORE_TEST_CLASS)
class GuidelineStatementCountTest {

    /**
     * The guideline, one statement for each of its 10 collections and associations (alternative names, causes,
     * related conditions and their examples, footnotes, editorial notes, recommendations with their nutrients
     * and effects, attention points, related guidelines), the lookup that resolves related guidelines, and
     * the reference levels and their notes for all the guideline's nutrients at once.
     */
    private static final long MAX_STATEMENTS_PER_GUIDELINE = 6;

    @Autowired
    GuidelineService service;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    Statistics statistics;

    @BeforeEach
    void resetStatistics() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
    }

    @Test
    void readingAGuidelineCostsTheSameFixedNumberOfStatementsWhateverItsSize() {
        long leakyGut = statementsFor(() -> service.get("leaky-gut", Language.NL).body());
        long large = statementsFor(() -> service.get("fixture-large", Language.NL).body());

        GuidelineDetails fixture = service.get("fixture-large", Language.NL).body();
        assertThat(fixture.recommendations()).hasSize(12);
        assertThat(fixture.relatedConditions()).allSatisfy(condition -> assertThat(condition.examples()).hasSize(3));
        assertThat(leakyGut).isLessThanOrEqualTo(MAX_STATEMENTS_PER_GUIDELINE);
        assertThat(large).isEqualTo(leakyGut);
    }

    @Test
    void readingRecommendationsCostsAFixedNumberOfStatements() {
        long leakyGut = statementsFor(() -> service.recommendations("leaky-gut", Language.NL).body());
        long large = statementsFor(() -> service.recommendations("fixture-large", Language.NL).body());

        assertThat(leakyGut).isLessThanOrEqualTo(7);
        assertThat(large).isEqualTo(leakyGut);
    }

    @Test
    void listingGuidelinesCostsAFixedNumberOfStatementsWhateverThePageHolds() {
        long all = statementsFor(() -> service.search(new GuidelineFilter(null, null, null), 0, 20));
        long one = statementsFor(() -> service.search(new GuidelineFilter("leaky", null, null), 0, 20));

        assertThat(service.search(new GuidelineFilter(null, null, null), 0, 20).getContent()).hasSize(3);
        assertThat(all).isLessThanOrEqualTo(3).isEqualTo(one);
    }

    private long statementsFor(Supplier<?> read) {
        statistics.clear();
        read.get();
        return statistics.getPrepareStatementCount();
    }
}
