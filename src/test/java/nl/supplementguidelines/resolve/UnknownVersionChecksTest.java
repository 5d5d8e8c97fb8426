package nl.supplementguidelines.resolve;

import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.Http.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without the content_revision row the content version is unknown: the checks then read from the database for every
 * request and keep nothing, so every change is used at once, even though no revision tells it, and what was kept
 * before never comes back, not even when the row is restored with the revision it was kept under. The context (and its
 * database) is the one of H2RevisionRowGoneTest, which also takes the row away.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "spring.datasource.url=jdbc:h2:mem:revisionrowgone;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class UnknownVersionChecksTest {

    private static final String CHECK = "{\"guidelines\":[\"leaky-gut\"],\"intakes\":[{\"nutrient\":\"zink\",\"amount\":30,\"unit\":\"mg\"}]}";
    private static final String EFSA_ZINC = "nutrient_id = (select id from nutrient where slug = 'zink') and body like 'EFSA%'";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private String efsaZincVerdict(Http http) {
        Response response = http.post("/api/v1/dose-checks", CHECK, "en");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json().get("results").get(0).get("referenceLevels").get("comparisons").get(0).get("verdict").asString();
    }

    @Test
    void withoutAKnownVersionEveryCheckReadsTheDatabaseAndKeepsNothing() {
        Http http = new Http(port);
        assertThat(efsaZincVerdict(http)).isEqualTo("ABOVE");
        Object amount = jdbc.sql("select amount from reference_intake_level where " + EFSA_ZINC).query().singleValue();
        Map<String, Object> revision = jdbc.sql("select revision, changed_at from content_revision where id = 1").query().singleRow();
        try {
            jdbc.sql("delete from content_revision where id = 1").update();
            jdbc.sql("update reference_intake_level set amount = 35 where " + EFSA_ZINC).update();
            assertThat(efsaZincVerdict(http)).isEqualTo("AT_OR_BELOW");

            jdbc.sql("update reference_intake_level set amount = 25 where " + EFSA_ZINC).update();
            assertThat(efsaZincVerdict(http)).isEqualTo("ABOVE");
            jdbc.sql("update reference_intake_level set amount = 35 where " + EFSA_ZINC).update();
            assertThat(efsaZincVerdict(http)).isEqualTo("AT_OR_BELOW");

            // The row back with the very revision the first check was answered under: still the content as it is now.
            jdbc.sql("insert into content_revision (id, revision, changed_at) values (1, ?, ?)")
                    .params(revision.get("revision"), revision.get("changed_at")).update();
            assertThat(efsaZincVerdict(http)).isEqualTo("AT_OR_BELOW");
        } finally {
            jdbc.sql("update reference_intake_level set amount = ? where " + EFSA_ZINC).param(amount).update();
            if (jdbc.sql("select count(*) from content_revision").query(Long.class).single() == 0) {
                jdbc.sql("insert into content_revision (id, revision, changed_at) values (1, ?, ?)")
                        .params(revision.get("revision"), revision.get("changed_at")).update();
            }
        }
        assertThat(efsaZincVerdict(http)).isEqualTo("ABOVE");
    }
}
