package nl.supplementguidelines.editing;

import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.Tokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.UUID;

import static nl.supplementguidelines.editing.TestDocuments.document;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Idempotency-Key} on the editing POSTs over real HTTP with real tokens: a retried create and a retried publish
 * create nothing twice and are answered as the first time (status, Location, ETag, body), with one audit record and
 * one feed event between them; the same key with another request is a 422. Subclasses choose the database.
 */
abstract class IdempotentEditingContract extends RecordedWritesBase {

    @Test
    void aRetriedCreateAndARetriedPublicationCreateNothingTwiceAndAnswerAsTheFirstTime() {
        String slug = unique("retried");
        ObjectNode document = document(slug, "Herhaald");
        long feed = feedEnd();
        long audit = auditEnd();

        String createKey = UUID.randomUUID().toString();
        Response created = as(Tokens.editor(), "POST", GUIDELINES, document, "Idempotency-Key", createKey);
        Response createdAgain = as(Tokens.editor(), "POST", GUIDELINES, document, "Idempotency-Key", createKey);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.header("Idempotent-Replayed")).isNull();
        answersAsTheFirstTime(createdAgain, created);
        assertThat(createdAgain.header("Cache-Control")).isEqualTo("no-store");

        String publishKey = UUID.randomUUID().toString();
        String publication = "{\"changeNote\":\"Versie 1\"}";
        Response published = as(Tokens.publisher(), "POST", draftOf(slug) + "/publish", publication,
                "If-Match", created.header("ETag"), "Idempotency-Key", publishKey);
        Response publishedAgain = as(Tokens.publisher(), "POST", draftOf(slug) + "/publish", publication,
                "If-Match", created.header("ETag"), "Idempotency-Key", publishKey);
        assertThat(published.status()).as(published.text()).isEqualTo(201);
        answersAsTheFirstTime(publishedAgain, published);

        assertThat(jdbc.sql("select count(*) from guideline where slug = ?").param(slug).query(Long.class).single())
                .as("versions of the guideline").isEqualTo(1);
        List<JsonNode> records = auditAfter(audit).stream().filter(record -> !record.get("guideline").isNull() && slug.equals(record.get("guideline").asString())).toList();
        assertThat(records).extracting(record -> record.get("operation").asString()).containsExactly("draft.create", "guideline.publish");
        assertThat(records.get(0).get("requestId").asString()).isEqualTo(created.header("X-Request-Id"));
        assertThat(records.get(1).get("requestId").asString()).isEqualTo(published.header("X-Request-Id"));
        List<JsonNode> events = feedAfter(feed).stream()
                .filter(event -> !event.get("guideline").isNull() && slug.equals(event.get("guideline").get("slug").asString())).toList();
        assertThat(events).extracting(event -> event.get("type").asString()).containsExactly("GUIDELINE_PUBLISHED");
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedAndRecordsNothing() {
        String slug = unique("reused");
        String key = UUID.randomUUID().toString();
        Response created = as(Tokens.editor(), "POST", GUIDELINES, document(slug, "Hergebruikt"), "Idempotency-Key", key);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long audit = auditEnd();
        long feed = feedEnd();

        Response otherBody = as(Tokens.editor(), "POST", GUIDELINES, document(slug, "Een andere titel"), "Idempotency-Key", key);
        assertThat(otherBody.status()).as(otherBody.text()).isEqualTo(422);
        assertThat(otherBody.header("Content-Type")).startsWith("application/problem+json");
        assertThat(otherBody.json().get("type").asString()).isEqualTo("/problems/idempotency-key-reused");

        String publishKey = UUID.randomUUID().toString();
        Response stale = as(Tokens.publisher(), "POST", draftOf(slug) + "/publish", "{\"changeNote\":\"Versie 1\"}",
                "If-Match", "\"0.1\"", "Idempotency-Key", publishKey);
        assertThat(stale.status()).as("a refused request leaves its key free").isEqualTo(412);
        Response otherPrecondition = as(Tokens.publisher(), "POST", draftOf(slug) + "/publish", "{\"changeNote\":\"Versie 1\"}",
                "If-Match", created.header("ETag"), "Idempotency-Key", publishKey);
        assertThat(otherPrecondition.status()).as(otherPrecondition.text()).isEqualTo(201);
        Response otherIfMatch = as(Tokens.publisher(), "POST", draftOf(slug) + "/publish", "{\"changeNote\":\"Versie 1\"}",
                "If-Match", "\"0.2\"", "Idempotency-Key", publishKey);
        assertThat(otherIfMatch.status()).as("If-Match is part of the request").isEqualTo(422);

        assertThat(auditAfter(audit)).extracting(record -> record.get("operation").asString()).containsExactly("guideline.publish");
        assertThat(feedAfter(feed)).hasSize(1);
    }

    private static void answersAsTheFirstTime(Response retry, Response first) {
        assertThat(retry.status()).isEqualTo(first.status());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location")).isNotNull();
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.header("Content-Type")).isEqualTo(first.header("Content-Type"));
        assertThat(retry.text()).isEqualTo(first.text());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    }
}
