package nl.supplementguidelines.editing;

import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.Tokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the tests of the change feed and audit trail of the editing operations share: the two read over HTTP as an
 * integrator and a publisher read them, and a translation that fits {@link TestDocuments#document}.
 */
abstract class RecordedWritesBase extends EditingApiContractBase {

    /** The feed's cursor now (its last position). */
    long feedEnd() {
        long cursor = 0;
        JsonNode page;
        do {
            page = http.get("/api/v1/changes?after=" + cursor + "&limit=1000").json();
            cursor = page.get("cursor").asLong();
        } while (page.get("more").asBoolean());
        return cursor;
    }

    /** Every event after the cursor, in feed order. */
    List<JsonNode> feedAfter(long cursor) {
        List<JsonNode> events = new ArrayList<>();
        JsonNode page;
        do {
            page = http.get("/api/v1/changes?after=" + cursor + "&limit=1000").json();
            page.get("items").forEach(events::add);
            cursor = page.get("cursor").asLong();
        } while (page.get("more").asBoolean());
        return events;
    }

    /** The id of the last audit record now. */
    long auditEnd() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
    }

    /** Every audit record after the id, read by a publisher over HTTP (all guidelines). */
    List<JsonNode> auditAfter(long after) {
        List<JsonNode> records = new ArrayList<>();
        JsonNode page;
        do {
            Response answer = as(Tokens.publisher(), "GET", "/api/v1/audit?after=" + after + "&limit=500", null);
            assertThat(answer.status()).as(answer.text()).isEqualTo(200);
            page = answer.json();
            page.get("items").forEach(records::add);
            after = page.get("cursor").asLong();
        } while (page.get("more").asBoolean());
        return records;
    }

    /** The English texts of a version made from {@link TestDocuments#document}, with its structure. */
    static ObjectNode english() {
        ObjectNode texts = TestDocuments.JSON.createObjectNode();
        texts.put("title", "Test guideline");
        texts.putArray("alternativeNames").add("test fixture");
        texts.put("description", "Test fixture: no real content.");
        texts.putArray("causes").add("test cause");
        ObjectNode condition = texts.putArray("relatedConditions").addObject();
        condition.put("name", "test condition");
        condition.putArray("examples").add("test example");
        texts.putNull("causalityStatement");
        texts.put("goal", "Test goal.");
        var recommendations = texts.putArray("recommendations");
        for (String nutrient : List.of("probiotics", "zinc", "L-glutamine")) {
            ObjectNode recommendation = recommendations.addObject();
            recommendation.putNull("qualifier");
            recommendation.putArray("effects").add("Test effect of " + nutrient);
        }
        texts.putArray("attentionPoints").add("Test attention point about probiotics.");
        texts.putArray("footnotes").add("cfu = colony forming units.");
        return texts;
    }

    /** A slug no other test uses, also when a context is shared by several runs of a class. */
    static String unique(String prefix) {
        return prefix + "-" + Long.toHexString(System.nanoTime());
    }
}
