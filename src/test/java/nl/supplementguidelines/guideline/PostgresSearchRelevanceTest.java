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
}
