package nl.supplementguidelines.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Points each context that uses it at a fresh database on one embedded PostgreSQL server, started once for the
 * suite: starting a server costs about a second, creating a database a fraction of that, and contexts with
 * different properties still never see each other's content. A test that stops its server starts its own.
 */
public final class SharedPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.datasource.url=" + newDatabase(),
                "spring.datasource.username=postgres",
                "spring.datasource.password=").applyTo(context);
    }

    /** The JDBC URL (user postgres, no password) of a new, empty database on the shared server. */
    public static String newDatabase() {
        EmbeddedPostgres server = Server.INSTANCE;
        String database = "context_" + DATABASES.incrementAndGet();
        create(server.getPostgresDatabase(), database);
        return server.getJdbcUrl("postgres", database);
    }

    private static void create(DataSource admin, String database) {
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
    }

    /** Started on first use; its shutdown hook stops it when the JVM ends, after the cached contexts. */
    private static final class Server {
        static final EmbeddedPostgres INSTANCE = TestPostgres.start();
    }
}
