package nl.supplementguidelines.support.synthetic;

import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Fills a database with synthetic guidelines for a benchmark (bench/scale.sh): migrates it as the API would, then adds
 * guidelines of the seed's size until it holds the number asked for. Test scope only; run it as the README's section
 * "Ten thousand guidelines" shows:
 * {@code java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) nl.supplementguidelines.support.synthetic.SyntheticGuidelinesMain <jdbc-url> <user> <password> <count>}
 */
public final class SyntheticGuidelinesMain {

    private SyntheticGuidelinesMain() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length != 4) {
            System.err.println("usage: SyntheticGuidelinesMain <jdbc-url> <user> <password> <total synthetic guidelines>");
            System.exit(2);
        }
        String url = args[0];
        int total = Integer.parseInt(args[3]);
        String vendor = url.startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
        Flyway.configure().dataSource(url, args[1], args[2]).locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .load().migrate();
        try (Connection connection = DriverManager.getConnection(url, args[1], args[2])) {
            int present = present(connection);
            long started = System.nanoTime();
            if (present < total) {
                SyntheticGuidelines.insert(connection, present + 1, total - present, SyntheticGuidelines.Shape.LIKE_LEAKY_GUT);
            }
            System.out.printf("synthetic guidelines: %d (added %d in %d ms)%n", present(connection), Math.max(0, total - present),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static int present(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("select count(*) from guideline where slug like ?")) {
            count.setString(1, SyntheticGuidelines.SLUG_PREFIX + "%");
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
