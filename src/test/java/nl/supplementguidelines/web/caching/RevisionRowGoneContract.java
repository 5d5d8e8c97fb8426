package nl.supplementguidelines.web.caching;

import nl.supplementguidelines.support.Eventually;
import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.Http.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * If the single row of {@code content_revision} is deleted no change can be told by a revision: the API then caches
 * nothing and serves every change, and bytes cached before never come back, not even when the row is restored with
 * the very revision they were kept under. Run on each kind of database by the subclasses (each with its own database:
 * on the embedded H2 the API reads for every request from then on).
 */
abstract class RevisionRowGoneContract {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void cachesNothingAndServesEveryChangeWhileTheRevisionRowIsGone() {
        Http http = new Http(port);
        Response cached = http.get("/api/v1/nutrients/zink");
        assertThat(http.get("/api/v1/nutrients/zink", "If-None-Match", cached.header("ETag")).status()).isEqualTo(304);
        String before = cached.json().get("name").asString();
        Map<String, Object> revision = jdbc.sql("select revision, changed_at from content_revision where id = 1").query().singleRow();
        try {
            jdbc.sql("delete from content_revision where id = 1").update();
            jdbc.sql("update nutrient set name = 'Zink (no revision)' where slug = 'zink'").update();

            Response gone = Eventually.get(http, answer -> answer.text().contains("Zink (no revision)"), "/api/v1/nutrients/zink");

            assertThat(gone.status()).isEqualTo(200);
            assertThat(gone.json().get("name").asString()).isEqualTo("Zink (no revision)");
            assertThat(gone.header("ETag")).isNull();

            jdbc.sql("insert into content_revision (id, revision, changed_at) values (1, ?, ?)")
                    .params(revision.get("revision"), revision.get("changed_at")).update();
            Response restored = http.get("/api/v1/nutrients/zink");
            assertThat(restored.json().get("name").asString()).isEqualTo("Zink (no revision)");
            assertThat(restored.header("ETag")).isNotNull().isNotEqualTo(cached.header("ETag"));
        } finally {
            jdbc.sql("update nutrient set name = ? where slug = 'zink'").param(before).update();
        }
        assertThat(Eventually.get(http, answer -> answer.json().get("name").asString().equals(before), "/api/v1/nutrients/zink")
                .json().get("name").asString()).isEqualTo(before);
    }
}
