package nl.supplementguidelines.editing;

import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.TestClient;
import nl.supplementguidelines.support.Tokens;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static nl.supplementguidelines.editing.TestDocuments.document;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every editing operation over real HTTP with real tokens leaves exactly one audit record (who: the token's subject and
 * client; what: the operation, guideline and version; the request id the answer carried) and, when it changes what the
 * public reads, exactly one change-feed event; a refused write (412, 422, 403 four eyes) leaves neither. Subclasses
 * choose the database.
 */
abstract class EditingRecordsContract extends RecordedWritesBase {

    @Test
    void everyOperationRecordsOneAuditRecordAndEachPublishedChangeOneFeedEvent() {
        String slug = unique("recorded");
        String nutrient = unique("recorded-nutrient");
        ObjectNode document = document(slug, "Vastgelegd");

        recorded(() -> as(Tokens.editor(), "POST", "/api/v1/nutrients",
                        "{\"slug\":\"" + nutrient + "\",\"name\":\"" + nutrient + " name\",\"category\":\"MINERAL\"}"),
                201, TestClient.EDITOR, "nutrient.add", null, null, "NUTRIENT_ADDED");
        Response created = recorded(() -> as(Tokens.editor(), "POST", GUIDELINES, document),
                201, TestClient.EDITOR, "draft.create", slug, null, null);
        document.put("title", "Vastgelegd, herzien");
        Response replaced = recorded(() -> as(Tokens.secondEditor(), "PUT", draftOf(slug), document, "If-Match", created.header("ETag")),
                200, TestClient.SECOND_EDITOR, "draft.replace", slug, null, null);
        JsonNode publication = recorded(() -> as(Tokens.publisher(), "POST", draftOf(slug) + "/publish", "{\"changeNote\":\"Eerste versie\"}",
                "If-Match", replaced.header("ETag")), 201, TestClient.PUBLISHER, "guideline.publish", slug, 1, "GUIDELINE_PUBLISHED").json();
        assertThat(publication.get("version").asInt()).isEqualTo(1);
        String translation = GUIDELINES + "/" + slug + "/versions/1/translations/en";
        recorded(() -> as(Tokens.editor(), "PUT", translation, english()), 201, TestClient.EDITOR, "translation.publish", slug, 1,
                "TRANSLATION_PUBLISHED");
        recorded(() -> as(Tokens.editor(), "PUT", translation, english()), 200, null, null, null, null, null);
        Response started = recorded(() -> as(Tokens.editor(), "POST", draftOf(slug), null), 201, TestClient.EDITOR, "draft.start", slug, 1, null);
        recorded(() -> as(Tokens.editor(), "DELETE", draftOf(slug), null, "If-Match", started.header("ETag")),
                204, TestClient.EDITOR, "draft.discard", slug, 1, null);
        String guidelineTag = http.get(GUIDELINES + "/" + slug).header("ETag");
        recorded(() -> as(Tokens.secondPublisher(), "POST", GUIDELINES + "/" + slug + "/withdraw", "{\"reason\":\"Test\"}", "If-Match", guidelineTag),
                200, TestClient.SECOND_PUBLISHER, "guideline.withdraw", slug, 1, "GUIDELINE_WITHDRAWN");

        List<JsonNode> trail = new ArrayList<>();
        as(Tokens.publisher(), "GET", "/api/v1/audit?guideline=" + slug, null).json().get("items").forEach(trail::add);
        assertThat(trail).extracting(record -> record.get("operation").asString()).containsExactly("draft.create", "draft.replace",
                "guideline.publish", "translation.publish", "draft.start", "draft.discard", "guideline.withdraw");
        assertThat(trail.get(1).get("before").asString()).isEqualTo("revision 1: Vastgelegd: 3 recommendations");
        assertThat(trail.get(1).get("after").asString()).isEqualTo("revision 2: Vastgelegd, herzien: 3 recommendations");
        assertThat(trail.get(2).get("after").asString()).isEqualTo("version 1 CURRENT: Eerste versie");
        assertThat(trail.get(6).get("after").asString()).isEqualTo("version 1 WITHDRAWN: Test");
    }

    @Test
    void aRefusedWriteRecordsNothing() {
        String slug = unique("refused");
        ObjectNode document = document(slug, "Geweigerd");
        Response created = as(Tokens.publisher(), "POST", GUIDELINES, document);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String stale = "\"0.1\"";

        ObjectNode invalid = document(unique("refused-invalid"), "Ongeldig");
        TestDocuments.recommendationAt(invalid, 0).put("evidence", 9);
        recorded(() -> as(Tokens.editor(), "POST", GUIDELINES, invalid), 422, null, null, null, null, null);
        recorded(() -> as(Tokens.editor(), "PUT", draftOf(slug), document, "If-Match", stale), 412, null, null, null, null, null);
        recorded(() -> as(Tokens.secondPublisher(), "POST", draftOf(slug) + "/publish", "{\"changeNote\":\"x\"}", "If-Match", stale),
                412, null, null, null, null, null);
        Response fourEyes = recorded(() -> as(Tokens.publisher(), "POST", draftOf(slug) + "/publish", "{\"changeNote\":\"x\"}",
                "If-Match", created.header("ETag")), 403, null, null, null, null, null);
        assertThat(fourEyes.json().get("type").asString()).isEqualTo("/problems/four-eyes");
        recorded(() -> as(Tokens.editor(), "POST", "/api/v1/nutrients", "{\"slug\":\"zink\",\"name\":\"Zink\",\"category\":\"MINERAL\"}"),
                409, null, null, null, null, null);
        recorded(() -> as(Tokens.editor(), "DELETE", draftOf(slug), null, "If-Match", stale), 412, null, null, null, null, null);

        assertThat(as(Tokens.editor(), "GET", draftOf(slug), null).header("ETag")).as("the draft is as created").isEqualTo(created.header("ETag"));
    }

    @Test
    void aPublisherFiltersTheAuditTrailByGuidelineAndPagesWithAfter() {
        String slug = unique("audited");
        String other = unique("audited-other");
        ObjectNode document = document(slug, "Geaudit");
        Response created = as(Tokens.editor(), "POST", GUIDELINES, document);
        assertThat(as(Tokens.editor(), "POST", GUIDELINES, document(other, "Ander")).status()).isEqualTo(201);
        String etag = created.header("ETag");
        for (int i = 0; i < 4; i++) {
            document.put("title", "Geaudit " + i);
            etag = as(Tokens.editor(), "PUT", draftOf(slug), document, "If-Match", etag).header("ETag");
        }

        List<JsonNode> pages = new ArrayList<>();
        List<JsonNode> records = new ArrayList<>();
        String next = "/api/v1/audit?guideline=" + slug + "&limit=2";
        long after = 0;
        do {
            Response page = as(Tokens.publisher(), "GET", next, null);
            assertThat(page.status()).as(page.text()).isEqualTo(200);
            pages.add(page.json());
            page.json().get("items").forEach(records::add);
            assertThat(page.json().get("items")).allSatisfy(record -> assertThat(record.get("id").asLong()).isGreaterThan(0));
            after = page.json().get("cursor").asLong();
            next = "/api/v1/audit?guideline=" + slug + "&limit=2&after=" + after;
        } while (pages.get(pages.size() - 1).get("more").asBoolean() && pages.size() < 10);

        assertThat(records).extracting(record -> record.get("guideline").asString()).containsOnly(slug);
        assertThat(records).extracting(record -> record.get("operation").asString())
                .containsExactly("draft.create", "draft.replace", "draft.replace", "draft.replace", "draft.replace");
        assertThat(records).extracting(record -> record.get("id").asLong()).isSorted().doesNotHaveDuplicates();
        assertThat(pages).hasSize(3);
        assertThat(pages.get(0).get("items")).hasSize(2);
        assertThat(pages.get(0).get("next").asString()).isEqualTo("/api/v1/audit?after=" + pages.get(0).get("cursor").asLong()
                + "&limit=2&guideline=" + slug);
        assertThat(as(Tokens.editor(), "GET", "/api/v1/audit?guideline=" + slug, null).status()).as("an editor may not read it").isEqualTo(403);
    }

    /**
     * Sends the request and checks its answer's status, then what it left: with an operation, exactly one audit record
     * (that operation by that client, of that guideline and version, with the answer's request id) and the one feed
     * event named (or none); without an operation, nothing at all.
     */
    private Response recorded(Supplier<Response> request, int status, @Nullable TestClient who, @Nullable String operation,
                              @Nullable String slug, @Nullable Integer version, @Nullable String event) {
        long feed = feedEnd();
        long audit = auditEnd();
        Response answer = request.get();
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        List<JsonNode> records = auditAfter(audit);
        List<JsonNode> events = feedAfter(feed);
        if (operation == null) {
            assertThat(records).as("audit records of a write that changed nothing").isEmpty();
            assertThat(events).as("feed events of a write that changed nothing").isEmpty();
            return answer;
        }
        assertThat(records).as("the audit records of %s", operation).hasSize(1);
        JsonNode record = records.get(0);
        assertThat(record.get("operation").asString()).isEqualTo(operation);
        assertThat(record.get("subject").asString()).isEqualTo(who.id());
        assertThat(record.get("clientId").asString()).isEqualTo(who.id());
        assertThat(record.get("guideline").isNull() ? null : record.get("guideline").asString()).isEqualTo(slug);
        assertThat(record.get("version").isNull() ? null : record.get("version").asInt()).isEqualTo(version);
        assertThat(record.get("requestId").asString()).isEqualTo(answer.header("X-Request-Id")).isNotBlank();
        if (event == null) {
            assertThat(events).as("feed events of %s (drafts are not public)", operation).isEmpty();
            return answer;
        }
        assertThat(events).as("the feed events of %s", operation).hasSize(1);
        assertThat(events.get(0).get("type").asString()).isEqualTo(event);
        assertThat(events.get(0).get("position").asLong()).isEqualTo(feed + 1);
        if (slug != null) {
            assertThat(events.get(0).get("guideline").get("slug").asString()).isEqualTo(slug);
            assertThat(events.get(0).get("guideline").get("version").asInt()).isEqualTo(version);
        } else {
            assertThat(events.get(0).get("nutrient").get("slug").asString()).isNotBlank();
        }
        return answer;
    }
}
