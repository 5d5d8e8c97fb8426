package nl.supplementguidelines.web.caching;

import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.Http.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the embedded H2 the very next request after a change gets the new content, even with a version check interval
 * set, and while nothing changes the API does not read the version at all: the triggers announce every change in
 * this JVM ({@link EmbeddedContentChanges}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:embeddedfreshness;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "api.cache.version-check-interval=1s"
})
class EmbeddedContentFreshnessTest extends ContentFreshnessTest {

    @Autowired
    ContentVersion contentVersion;

    @Autowired
    DataSource dataSource;

    @Override
    Duration allowedDelay() {
        return Duration.ZERO;
    }

    @Test
    void readsTheVersionNotForEveryRequestWhileNothingChanges() {
        Http http = new Http(port);
        http.get("/api/v1/guidelines/leaky-gut");
        long reads = contentVersion.reads();

        for (int i = 0; i < 50; i++) {
            assertThat(http.get("/api/v1/guidelines/leaky-gut").status()).isEqualTo(200);
            assertThat(http.get("/api/v1/nutrients/zink").status()).isEqualTo(200);
        }

        assertThat(contentVersion.reads() - reads).isLessThanOrEqualTo(1);
    }

    @Test
    void servesAnEditFromTheMomentItCommitsAndNotBefore() throws Exception {
        Http http = new Http(port);
        String before = http.get("/api/v1/nutrients/zink").json().get("name").asString();
        try (Connection editor = dataSource.getConnection()) {
            editor.setAutoCommit(false);
            try (Statement statement = editor.createStatement()) {
                statement.executeUpdate("update nutrient set name = 'Zink (uncommitted)' where slug = 'zink'");
            }

            assertThat(http.get("/api/v1/nutrients/zink").json().get("name").asString()).isEqualTo(before);
            editor.commit();
            assertThat(http.get("/api/v1/nutrients/zink").json().get("name").asString()).isEqualTo("Zink (uncommitted)");

            try (Statement statement = editor.createStatement()) {
                statement.executeUpdate("update nutrient set name = 'Zink (rolled back)' where slug = 'zink'");
            }
            editor.rollback();
            assertThat(http.get("/api/v1/nutrients/zink").json().get("name").asString()).isEqualTo("Zink (uncommitted)");
        } finally {
            jdbc.sql("update nutrient set name = ? where slug = 'zink'").param(before).update();
        }
        assertThat(http.get("/api/v1/nutrients/zink").json().get("name").asString()).isEqualTo(before);
    }
}
