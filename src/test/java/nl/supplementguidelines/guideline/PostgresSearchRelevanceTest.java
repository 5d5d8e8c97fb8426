package nl.supplementguidelines.guideline;

import nl.supplementguidelines.support.PostgresApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@PostgresApiTest
class PostgresSearchRelevanceTest extends SearchRelevanceContract {

    /** The ranking above comes from the full-text index: one document per CURRENT version, kept by the V25 triggers. */
    @Test
    void keepsOneSearchDocumentPerCurrentVersion() {
        long current = jdbc.sql("select count(*) from guideline where status = 'CURRENT'").query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from guideline_search").query(Long.class).single()).isEqualTo(current).isGreaterThanOrEqualTo(5);
        assertThat(jdbc.sql("select count(*) from guideline_search s join guideline g on g.id = s.guideline_id where g.slug = 'fixture-synoniem' "
                + "and ts_filter(s.document, '{c}') @@ to_tsquery('dutch', 'hyperpermeabel')").query(Long.class).single()).isEqualTo(1);
    }

    /**
     * A word in two fields keeps both weights, even at the same position in each (the documents are concatenated,
     * shifting positions): else a description match of a title word would be lost and the guideline rank lower than on H2.
     */
    @Test
    void aWordInTheTitleAndAtTheSamePositionInTheDescriptionKeepsBothWeights() {
        String current = "slug = 'leaky-gut' and status = 'CURRENT'";
        String description = jdbc.sql("select description from guideline where " + current).query(String.class).single();
        String documentHasDescriptionWord = "select count(*) from guideline_search s join guideline g on g.id = s.guideline_id where g."
                + current.replace("and status", "and g.status") + " and ts_filter(s.document, '{c}') @@ to_tsquery('dutch', 'leaky')";
        try {
            // Autocommit: the document is rebuilt when the update commits.
            jdbc.sql("update guideline set description = 'Leaky darm.' where " + current).update();

            assertThat(jdbc.sql(documentHasDescriptionWord).query(Long.class).single()).isEqualTo(1);
        } finally {
            jdbc.sql("update guideline set description = ? where " + current).param(description).update();
        }
    }

    /** The API writes a version a row per statement; its document is built once, at commit, and nothing stays noted. */
    @Test
    void rebuildsADocumentOnceAtCommitAndLeavesNothingPending() {
        assertThat(jdbc.sql("select count(*) from guideline_search_pending").query(Long.class).single()).isZero();
    }
}
