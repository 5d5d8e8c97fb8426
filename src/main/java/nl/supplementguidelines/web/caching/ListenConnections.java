package nl.supplementguidelines.web.caching;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens the one connection on which an instance LISTENs for content changes: outside the pool, because it stays open
 * and busy for as long as the instance runs, with the pool's URL, credentials and driver settings (its timeouts).
 */
final class ListenConnections {

    private final String url;
    private final Properties properties;

    private ListenConnections(String url, Properties properties) {
        this.url = url;
        this.properties = properties;
    }

    /** For a Hikari pool on PostgreSQL; null for any other data source (the version is then read per request). */
    static @Nullable ListenConnections of(DataSource dataSource) {
        try {
            if (!dataSource.isWrapperFor(HikariDataSource.class)) {
                return null;
            }
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            String url = pool.getJdbcUrl();
            if (url == null || !url.startsWith("jdbc:postgresql:")) {
                return null;
            }
            Properties properties = new Properties();
            properties.putAll(pool.getDataSourceProperties());
            if (pool.getUsername() != null) {
                properties.setProperty("user", pool.getUsername());
            }
            if (pool.getPassword() != null) {
                properties.setProperty("password", pool.getPassword());
            }
            // So an operator can tell it from the pool's connections in pg_stat_activity.
            properties.setProperty("ApplicationName", "supplement-guidelines content listener");
            return new ListenConnections(url, properties);
        } catch (SQLException notAPool) {
            return null;
        }
    }

    Connection open() throws SQLException {
        return DriverManager.getConnection(url, properties);
    }
}
