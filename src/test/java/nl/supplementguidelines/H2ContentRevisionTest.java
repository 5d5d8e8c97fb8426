package nl.supplementguidelines;

import com.zaxxer.hikari.HikariDataSource;
import nl.supplementguidelines.ops.H2ContentRevisionTrigger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import javax.sql.DataSource;

/** The content revision triggers on H2, with the migrations the application runs there. */
class H2ContentRevisionTest extends ContentRevisionContract {

    private static HikariDataSource h2;

    @BeforeAll
    static void migrate() {
        // A pool, as in the application: H2 2.4 breaks a check constraint with an IN list (reference_intake_level's
        // kind) for every later session once the session that created it has closed, so Flyway's connection must stay.
        h2 = new HikariDataSource();
        h2.setJdbcUrl("jdbc:h2:mem:content-revision;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        h2.setUsername("sa");
        h2.setMinimumIdle(2);
        h2.setMaximumPoolSize(2);
        Flyway.configure().dataSource(h2).locations("classpath:db/migration", "classpath:db/vendor/h2").load().migrate();
    }

    @AfterAll
    static void close() {
        h2.close();
    }

    @Override
    DataSource dataSource() {
        return h2;
    }

    @Override
    String triggerActionColumn() {
        return "java_class";
    }

    @Override
    String revisionTriggerAction() {
        return H2ContentRevisionTrigger.class.getName();
    }
}
