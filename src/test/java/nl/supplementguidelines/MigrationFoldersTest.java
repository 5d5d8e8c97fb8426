package nl.supplementguidelines;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.supplementguidelines.support.TestPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations moved into a folder per module and changed nothing a database knows: a database migrated by the
 * migrations as they were at 8818a6d (copied, byte for byte, into {@code migrations-at-8818a6d}, all in one folder)
 * validates against today's folders with nothing to apply, on H2 (where the application then starts on it) and on
 * PostgreSQL.
 */
class MigrationFoldersTest {

    private static final String BEFORE = "classpath:migrations-at-8818a6d/";
    /**
     * Migrations added since, which an existing database gets in place (from V8: versions and editing), per vendor
     * folder: some versions exist for one database only (V25, PostgreSQL's full-text search).
     */
    private static final int LATER = later("h2");
    private static final int LATER_POSTGRES = later("postgresql");

    private static int later(String vendor) {
        return (int) java.util.Arrays.stream(Flyway.configure().dataSource("jdbc:h2:mem:later-folders-" + vendor, "sa", "")
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor).load().info().pending())
                .filter(m -> Integer.parseInt(m.getVersion().getVersion()) > 7).count();
    }

    @Test
    void anH2FileMigratedBeforeTheFoldersStartsTheApplication(@TempDir Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("guidelines") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        MigrateResult before = Flyway.configure().dataSource(url, "sa", "")
                .locations(BEFORE + "migration", BEFORE + "vendor/h2").load().migrate();
        assertThat(before.migrationsExecuted).isEqualTo(7);

        try (ConfigurableApplicationContext application = new SpringApplicationBuilder(SupplementGuidelinesApplication.class)
                .properties("spring.datasource.url=" + url, "server.port=0", "management.server.port=0")
                .run()) {
            JdbcClient jdbc = JdbcClient.create(application.getBean(DataSource.class));
            // The seven versions of before were not applied again: the application applied only the later ones.
            assertThat(jdbc.sql("select count(*) from \"flyway_schema_history\" where \"version\" is not null and cast(\"version\" as int) <= 7")
                    .query(Long.class).single()).isEqualTo(7);
            assertThat(jdbc.sql("select count(*) from \"flyway_schema_history\" where \"version\" is not null").query(Long.class).single())
                    .isEqualTo(7 + LATER);
            assertThat(jdbc.sql("select count(*) from guideline").query(Long.class).single()).isPositive();
        }
    }

    @Test
    void aPostgresDatabaseMigratedBeforeTheFoldersValidatesWithNothingToApply() throws IOException {
        try (EmbeddedPostgres postgres = TestPostgres.start()) {
            DataSource database = postgres.getPostgresDatabase();
            assertThat(Flyway.configure().dataSource(database)
                    .locations(BEFORE + "migration", BEFORE + "vendor/postgresql").load().migrate().migrationsExecuted)
                    .isEqualTo(7);

            Flyway today = Flyway.configure().dataSource(database)
                    .locations("classpath:db/migration", "classpath:db/vendor/postgresql").ignoreMigrationPatterns("*:pending").load();
            // Validates what was applied before (checksums unchanged); the later migrations are pending.
            today.validate();
            assertThat(today.migrate().migrationsExecuted).isEqualTo(LATER_POSTGRES);
            assertThat(today.info().applied()).hasSize(7 + LATER_POSTGRES);
        }
    }

    @Test
    void todaysFoldersHoldTheSameMigrationsAsBefore() {
        Flyway before = Flyway.configure().dataSource("jdbc:h2:mem:before-folders", "sa", "")
                .locations(BEFORE + "migration", BEFORE + "vendor/h2").load();
        Flyway today = Flyway.configure().dataSource("jdbc:h2:mem:today-folders", "sa", "")
                .locations("classpath:db/migration", "classpath:db/vendor/h2").load();

        assertThat(java.util.Arrays.stream(today.info().pending()).limit(7).toList())
                .extracting(m -> m.getVersion().getVersion() + " " + m.getChecksum())
                .containsExactlyElementsOf(java.util.Arrays.stream(before.info().pending())
                        .map(m -> m.getVersion().getVersion() + " " + m.getChecksum()).toList())
                .hasSize(7);
    }
}
