package nl.supplementguidelines.audit;

import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.Tokens;
import nl.supplementguidelines.web.requestid.RequestIds;
import nl.supplementguidelines.web.security.Editor;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail on each database: a record written in a transaction is read back over HTTP by a publisher, with who,
 * when, what and the request id, never cached; the table refuses every change of a row.
 */
abstract class AuditTrailContract {

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail audit;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcClient jdbc;

    private long record(String subject, String guideline, String before, String after, String requestId) {
        MDC.put(RequestIds.MDC_KEY, requestId);
        try {
            Long id = new TransactionTemplate(transactionManager).execute(status ->
                    audit.record(new Editor(subject, "editorial-app"), "guideline.publish", guideline, 2, before, after));
            return id;
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }

    private static Http.Response asPublisher(Http http, String path) {
        return http.get(path, "Authorization", Tokens.bearer(Tokens.publisher()));
    }

    @Test
    void aPublisherReadsBackWhoDidWhatWhenWithTheRequestId() {
        Http http = new Http(port);
        String guideline = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        Instant before = Instant.now();
        long id = record("editor-anna", guideline, "draft revision 3", "version 2: zinc dose corrected", "req-1234");

        Http.Response response = asPublisher(http, "/api/v1/audit?guideline=" + guideline);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(response.header("ETag")).isNull();
        JsonNode item = response.json().get("items").get(0);
        assertThat(response.json().get("items")).hasSize(1);
        assertThat(item.get("id").asLong()).isEqualTo(id);
        assertThat(Instant.parse(item.get("occurredAt").asString())).isBetween(before, Instant.now());
        assertThat(item.get("subject").asString()).isEqualTo("editor-anna");
        assertThat(item.get("clientId").asString()).isEqualTo("editorial-app");
        assertThat(item.get("operation").asString()).isEqualTo("guideline.publish");
        assertThat(item.get("guideline").asString()).isEqualTo(guideline);
        assertThat(item.get("version").asInt()).isEqualTo(2);
        assertThat(item.get("before").asString()).isEqualTo("draft revision 3");
        assertThat(item.get("after").asString()).isEqualTo("version 2: zinc dose corrected");
        assertThat(item.get("requestId").asString()).isEqualTo("req-1234");

        // Not cached: the next record is in the very next answer.
        record("editor-bram", guideline, null, "withdrawn", "req-5678");
        assertThat(asPublisher(http, "/api/v1/audit?guideline=" + guideline).json().get("items")).hasSize(2);
    }

    @Test
    void pagesFollowTheCursorPerGuideline() {
        Http http = new Http(port);
        String guideline = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        long first = record("a", guideline, null, "1", "r1");
        record("b", "other-" + guideline, null, "other", "r2");
        long second = record("c", guideline, null, "2", "r3");
        long third = record("d", guideline, null, "3", "r4");

        JsonNode page = asPublisher(http, "/api/v1/audit?guideline=" + guideline + "&limit=2").json();
        assertThat(page.get("items")).extracting(item -> item.get("id").asLong()).containsExactly(first, second);
        assertThat(page.get("more").asBoolean()).isTrue();
        assertThat(page.get("next").asString()).isEqualTo("/api/v1/audit?after=" + second + "&limit=2&guideline=" + guideline);
        JsonNode next = asPublisher(http, page.get("next").asString()).json();
        assertThat(next.get("items")).extracting(item -> item.get("id").asLong()).containsExactly(third);
        assertThat(next.get("more").asBoolean()).isFalse();
        assertThat(asPublisher(http, "/api/v1/audit?after=" + first + "&limit=500").json().get("items"))
                .extracting(item -> item.get("id").asLong()).startsWith(first + 1);
    }

    @Test
    void onlyPublishersReadIt() throws Exception {
        // Plain requests: the document gets the 401 and 403 of the editing operations from the security configuration.
        HttpClient client = HttpClient.newHttpClient();
        URI audit = URI.create("http://localhost:" + port + "/api/v1/audit");
        assertThat(client.send(HttpRequest.newBuilder(audit).build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);
        assertThat(client.send(HttpRequest.newBuilder(audit).header("Authorization", Tokens.bearer(Tokens.editor())).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(403);
    }

    @Test
    void boundsOfTheParametersAreProblemsNamingThem() {
        Http http = new Http(port);
        for (String query : List.of("limit=0", "limit=501", "after=-1", "after=x", "guideline=" + "g".repeat(101))) {
            Http.Response response = asPublisher(http, "/api/v1/audit?" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.json().get("errors").get(0).get("name").asString()).as(query).isEqualTo(query.substring(0, query.indexOf('=')));
        }
    }

    @Test
    void recordRefusesToRunOutsideTheWritersTransaction() {
        assertThatThrownBy(() -> audit.record("x", null, "draft.create", null, null, null, null))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void longSummariesAreCutToTheColumnAndSaySo() {
        String guideline = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        long id = record("e", guideline, "b".repeat(5000), "a", "r");
        String stored = jdbc.sql("select summary_before from audit_event where id = ?").param(id).query(String.class).single();
        assertThat(stored).hasSize(AuditTrail.MAX_SUMMARY).endsWith(AuditTrail.CUT);
    }

    @Test
    void theTableRefusesUpdatesAndDeletes() {
        long id = record("f", "audit-immutable", "x", "y", "r");

        assertThatThrownBy(() -> jdbc.sql("update audit_event set subject = 'someone else' where id = ?").param(id).update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = ?").param(id).update())
                .rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.sql("select subject from audit_event where id = ?").param(id).query(String.class).single()).isEqualTo("f");
    }
}
