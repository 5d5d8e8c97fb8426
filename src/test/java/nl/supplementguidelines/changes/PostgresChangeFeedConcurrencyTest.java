package nl.supplementguidelines.changes;

import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.PostgresApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed's promise under concurrent commits on PostgreSQL: 100 transactions append one event each, with a random
 * pause between the append and the commit (so commits would overtake each other if positions were handed out without
 * the lock), while a reader follows the feed over HTTP with the cursor. It sees every event exactly once, in strictly
 * increasing positions. Replacing the counter by a sequence makes this fail (README "Change feed and audit trail").
 */
@PostgresApiTest
class PostgresChangeFeedConcurrencyTest {

    private static final int EVENTS = 100;
    /** Fewer writers than the pool's 10 connections, so the reader's requests always get one. */
    private static final int WRITERS = 8;

    @LocalServerPort
    int port;

    @Autowired
    ChangeFeed feed;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aReaderFollowingTheFeedDuringConcurrentCommitsSeesEachEventOnceInOrder() throws Exception {
        Http http = new Http(port);
        long start = ChangeFeedTest.end(http);
        String run = "concurrent-" + Long.toHexString(System.nanoTime());
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<CompletableFuture<Void>> written = IntStream.range(0, EVENTS).mapToObj(i -> CompletableFuture.runAsync(() -> {
            await(go);
            transactions.executeWithoutResult(status -> {
                feed.append(ChangeType.NUTRIENT_ADDED, null, null, null, run + "-" + i);
                pause(ThreadLocalRandom.current().nextInt(0, 6));
            });
        }, writers)).toList();

        long readFrom = start;
        CompletableFuture<List<JsonNode>> reader = CompletableFuture.supplyAsync(() -> follow(http, readFrom));
        go.countDown();
        CompletableFuture.allOf(written.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        writers.shutdown();
        List<JsonNode> seen = reader.get(60, TimeUnit.SECONDS);

        List<Long> positions = seen.stream().map(event -> event.get("position").asLong()).toList();
        assertThat(positions).as("positions, strictly increasing and gapless").hasSize(EVENTS)
                .isEqualTo(java.util.stream.LongStream.rangeClosed(start + 1, start + EVENTS).boxed().toList());
        Set<String> expected = new HashSet<>();
        IntStream.range(0, EVENTS).forEach(i -> expected.add(run + "-" + i));
        assertThat(seen.stream().map(event -> event.get("nutrient").get("slug").asString()).toList())
                .as("each event exactly once").doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    }

    /** Reads pages of at most 7 after the cursor until all events are seen (or 30 s pass), as an integrating service would. */
    private static List<JsonNode> follow(Http http, long from) {
        List<JsonNode> seen = new ArrayList<>();
        long cursor = from;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String etag = null;
        while (seen.size() < EVENTS && System.nanoTime() < deadline) {
            Http.Response page = etag == null ? http.get("/api/v1/changes?after=" + cursor + "&limit=7")
                    : http.get("/api/v1/changes?after=" + cursor + "&limit=7", "If-None-Match", etag);
            if (page.status() == 304) {
                continue;
            }
            assertThat(page.status()).isEqualTo(200);
            JsonNode body = page.json();
            body.get("items").forEach(seen::add);
            long next = body.get("cursor").asLong();
            etag = next == cursor ? page.header("ETag") : null;
            cursor = next;
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

    private static void pause(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
