package nl.supplementguidelines.editing;

import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.Tokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static nl.supplementguidelines.editing.TestDocuments.document;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed's promise with real publications: new guidelines, drafted by an editor, are published by concurrent
 * publishers (four eyes) over real HTTP while a reader follows {@code GET /changes} with its cursor, as an integrating
 * service does. The reader sees each publication exactly once, at gapless and strictly increasing positions: had a
 * later position become visible before an earlier one committed, the reader would have moved its cursor past the
 * earlier one and never seen it. Subclasses choose the database and how many.
 */
abstract class PublicationFeedContract extends RecordedWritesBase {

    /** Fewer concurrent publications than the pool's 10 connections, so the reader's requests always get one. */
    private static final int PUBLISHERS = 8;

    abstract int publications();

    @Test
    void aReaderFollowingTheFeedDuringConcurrentPublicationsSeesEachOnceInCommitOrder() throws Exception {
        int count = publications();
        String run = unique("feed");
        ExecutorService pool = Executors.newFixedThreadPool(PUBLISHERS);
        try {
            Map<String, String> drafts = new ConcurrentHashMap<>();
            CompletableFuture.allOf(IntStream.range(0, count).mapToObj(i -> CompletableFuture.runAsync(() -> {
                String slug = run + "-" + i;
                Response created = as(Tokens.editor(), "POST", GUIDELINES, document(slug, "Feed " + i));
                assertThat(created.status()).as(created.text()).isEqualTo(201);
                drafts.put(slug, created.header("ETag"));
            }, pool)).toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

            long start = feedEnd();
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<Integer>> published = drafts.entrySet().stream().map(draft -> CompletableFuture.supplyAsync(() -> {
                await(go);
                return as(Tokens.publisher(), "POST", draftOf(draft.getKey()) + "/publish", "{\"changeNote\":\"Versie 1\"}",
                        "If-Match", draft.getValue()).status();
            }, pool)).toList();
            CompletableFuture<List<JsonNode>> reader = CompletableFuture.supplyAsync(() -> follow(http, start, count));
            go.countDown();
            CompletableFuture.allOf(published.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            List<JsonNode> seen = reader.get(60, TimeUnit.SECONDS);

            assertThat(published).extracting(CompletableFuture::join).containsOnly(201);
            assertThat(seen).extracting(event -> event.get("position").asLong()).as("gapless, strictly increasing positions")
                    .containsExactlyElementsOf(LongStream.rangeClosed(start + 1, start + count).boxed().toList());
            assertThat(seen).extracting(event -> event.get("type").asString()).containsOnly("GUIDELINE_PUBLISHED");
            assertThat(seen).extracting(event -> event.get("guideline").get("slug").asString()).as("each publication exactly once")
                    .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(drafts.keySet());
            assertThat(seen).extracting(event -> event.get("guideline").get("version").asInt()).containsOnly(1);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads pages of at most 7 after the cursor until {@code count} events are seen (or 30 s pass). */
    private static List<JsonNode> follow(Http http, long from, int count) {
        List<JsonNode> seen = new ArrayList<>();
        long cursor = from;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (seen.size() < count && System.nanoTime() < deadline) {
            Response page = http.get("/api/v1/changes?after=" + cursor + "&limit=7");
            assertThat(page.status()).isEqualTo(200);
            page.json().get("items").forEach(seen::add);
            cursor = page.json().get("cursor").asLong();
        }
        return seen;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
