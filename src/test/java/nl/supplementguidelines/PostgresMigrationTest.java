package nl.supplementguidelines;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.supplementguidelines.support.TestPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every shared migration, unchanged, applies to a real PostgreSQL and yields the same content as on H2; with the
 * PostgreSQL ones, every content table bumps the content revision ({@link ContentRevisionContract}).
 */
class PostgresMigrationTest extends ContentRevisionContract {

    private static EmbeddedPostgres postgres;
    private static MigrateResult result;

    @BeforeAll
    static void startPostgresAndMigrate() {
        postgres = TestPostgres.start();
        result = Flyway.configure().dataSource(postgres.getPostgresDatabase())
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql").load().migrate();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    @Override
    String triggerActionColumn() {
        return "action_statement";
    }

    @Override
    String revisionTriggerAction() {
        return "EXECUTE FUNCTION bump_content_revision()";
    }

    @Test
    void appliesEveryMigrationOnPostgres() {
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(7);
        JdbcClient jdbc = JdbcClient.create(dataSource());
        assertThat(jdbc.sql("select count(*) from recommendation").query(Integer.class).single()).isEqualTo(7);
        assertThat(jdbc.sql("select dose_minimum from recommendation r join nutrient n on n.id = r.nutrient_id where n.slug = 'probiotica'")
                .query(BigDecimal.class).single()).isEqualByComparingTo("1000000000");
        assertThat(jdbc.sql("select name from related_condition_example order by position").query(String.class).list())
                .containsExactly("Ziekte van Crohn", "coeliakie", "type 1 diabetes");
        assertThat(jdbc.sql("select text from recommendation_effect where text like '%LPS-geïnduceerde%'").query(String.class).list())
                .hasSize(1);

        // Dose intelligence (V3-V5): names, IU factor, reference levels and interactions, every number as the reference files give it.
        assertThat(jdbc.sql("select name_en from nutrient order by id").query(String.class).list())
                .containsExactly("Probiotics", "L-glutamine", "Colostrum", "Vitamin D", "Zinc", "Prebiotics", "Lactoferrin");
        assertThat(jdbc.sql("select iu_per_microgram from nutrient where slug = 'vitamine-d'").query(BigDecimal.class).single()).isEqualByComparingTo("40");
        assertThat(jdbc.sql("select count(*) from nutrient where iu_per_microgram is not null").query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select n.slug || ' ' || l.kind || ' ' || cast(l.amount as varchar) || ' ' || l.unit || ' ' || l.population || ' ' || l.body
                from reference_intake_level l join nutrient n on n.id = l.nutrient_id order by l.position""").query(String.class).list())
                .containsExactly(
                        "vitamine-d UL 100.000000 MICROGRAM adults and adolescents 11-17 y EFSA",
                        "vitamine-d UL 50.000000 MICROGRAM children 1-10 y EFSA",
                        "vitamine-d UL 100.000000 MICROGRAM adults IOM (US)",
                        "zink UL 25.000000 MILLIGRAM adults EFSA (SCF)",
                        "zink UL 40.000000 MILLIGRAM adults IOM (US)",
                        "l-glutamine OSL 14.000000 GRAM adults (peer-reviewed risk assessment)");
        assertThat(jdbc.sql("select count(*) from reference_intake_level where citation is null or citation = ''").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select citation from reference_level_note").query(String.class).single()).isEqualTo("EFSA Journal 2012;10(5):2701");
        assertThat(jdbc.sql("select count(*) from interaction").query(Integer.class).single()).isEqualTo(14);
        assertThat(jdbc.sql("select count(*) from interaction_atc").query(Integer.class).single()).isEqualTo(17);
        assertThat(jdbc.sql("select count(*) from interaction_citation").query(Integer.class).single()).isEqualTo(15);
        assertThat(jdbc.sql("select count(*) from interaction where advice is null").query(Integer.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from interaction i where not exists (select 1 from interaction_citation c where c.interaction_id = i.id)")
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("""
                select a.atc_code from interaction_atc a join interaction i on i.id = a.interaction_id
                where i.nutrient_text = 'Probiotics (yeast: Saccharomyces boulardii)'""").query(String.class).single()).isEqualTo("J02");
        assertThat(jdbc.sql("select advice from interaction where position = 14").query(String.class).single())
                .isEqualTo("use only with the treating physician's consent");
    }

    @Test
    void aDoseWithBlankWordingCannotBeStored() {
        // As GuidelineRowsTest on H2 (V31); nothing is changed, so the other tests see the seed.
        for (String blank : new String[] {"   ", "\t", " \r\n "}) {
            assertThatThrownBy(() -> jdbc().sql("update recommendation set dose_source_text = ? where position = 1").param(blank).update())
                    .as("%s", blank.replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n"))
                    .isInstanceOf(DataIntegrityViolationException.class)
                    .satisfies(refused -> assertThat(refused.getMessage()).containsIgnoringCase("ck_dose_source_text_not_blank"));
        }
    }

    @Test
    void aTruncateBumpsTheRevisionToo() throws SQLException {
        long before = revision().revision();

        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("truncate table interaction_citation");
            try (ResultSet inTransaction = statement.executeQuery("select revision from content_revision where id = 1")) {
                inTransaction.next();
                assertThat(inTransaction.getLong(1)).isGreaterThan(before);
            }
            connection.rollback();
        }
        assertThat(JdbcClient.create(dataSource()).sql("select count(*) from interaction_citation").query(Integer.class).single()).isEqualTo(15);
    }
}
