package nl.supplementguidelines;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.io.IOException;
import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Every migration, unchanged, applies to a real PostgreSQL and yields the same content as on H2. */
class PostgresMigrationTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void appliesEveryMigrationOnPostgres() {
        DataSource dataSource = postgres.getPostgresDatabase();
        MigrateResult result = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(2);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        assertThat(jdbc.sql("select count(*) from recommendation").query(Integer.class).single()).isEqualTo(7);
        assertThat(jdbc.sql("select dose_minimum from recommendation r join nutrient n on n.id = r.nutrient_id where n.slug = 'probiotica'")
                .query(BigDecimal.class).single()).isEqualByComparingTo("1000000000");
        assertThat(jdbc.sql("select name from related_condition_example order by position").query(String.class).list())
                .containsExactly("Ziekte van Crohn", "coeliakie", "type 1 diabetes");
        assertThat(jdbc.sql("select text from recommendation_effect where text like '%LPS-geïnduceerde%'").query(String.class).list())
                .hasSize(1);
    }
}
