package nl.supplementguidelines.changes;

import nl.supplementguidelines.support.ApiTest;
import nl.supplementguidelines.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The change feed on H2 over real HTTP: what each event says, cursor paging, freshness through the cache, bad input. */
@ApiTest
class ChangeFeedTest {

    @LocalServerPort
    int port;

    @Autowired
    ChangeFeed feed;

    @Autowired
    PlatformTransactionManager transactionManager;

    /** The cursor after the last event, read as a client would. */
    static long end(Http http) {
        long cursor = 0;
        JsonNode page;
        do {
            page = http.get("/api/v1/changes?after=" + cursor + "&limit=1000").json();
            cursor = page.get("cursor").asLong();
        } while (page.get("more").asBoolean());
        return cursor;
    }

    private long append(ChangeType type, String slug, Integer version, String language, String nutrient) {
        Long position = new TransactionTemplate(transactionManager).execute(status -> feed.append(type, slug, version, language, nutrient));
        return position;
    }

    @Test
    void eachEventSaysWhatChangedAndLinksIt() {
        Http http = new Http(port);
        long start = end(http);
        Instant before = Instant.now();

        long published = append(ChangeType.GUIDELINE_PUBLISHED, "leaky-gut", 2, null, null);
        append(ChangeType.TRANSLATION_PUBLISHED, "leaky-gut", 2, "en", null);
        append(ChangeType.NUTRIENT_ADDED, null, null, null, "magnesium");
        append(ChangeType.GUIDELINE_WITHDRAWN, "leaky-gut", 2, null, null);

        Http.Response response = http.get("/api/v1/changes?after=" + start);
        assertThat(response.status()).isEqualTo(200);
        JsonNode page = response.json();
        JsonNode items = page.get("items");
        assertThat(items).hasSize(4);
        assertThat(published).isEqualTo(start + 1);
        JsonNode first = items.get(0);
        assertThat(first.get("position").asLong()).isEqualTo(start + 1);
        assertThat(first.get("type").asString()).isEqualTo("GUIDELINE_PUBLISHED");
        assertThat(Instant.parse(first.get("occurredAt").asString())).isBetween(before, Instant.now());
        assertThat(first.get("guideline").get("slug").asString()).isEqualTo("leaky-gut");
        assertThat(first.get("guideline").get("version").asInt()).isEqualTo(2);
        assertThat(first.get("guideline").get("href").asString()).isEqualTo("/api/v1/guidelines/leaky-gut/versions/2");
        assertThat(first.get("nutrient").isNull()).isTrue();
        assertThat(items.get(1).get("language").asString()).isEqualTo("en");
        assertThat(items.get(2).get("nutrient").get("href").asString()).isEqualTo("/api/v1/nutrients/magnesium");
        assertThat(items.get(2).get("guideline").isNull()).isTrue();
        assertThat(items.get(3).get("type").asString()).isEqualTo("GUIDELINE_WITHDRAWN");
        assertThat(page.get("cursor").asLong()).isEqualTo(start + 4);
        assertThat(page.get("more").asBoolean()).isFalse();
        assertThat(page.get("next").asString()).isEqualTo("/api/v1/changes?after=" + (start + 4) + "&limit=100");
    }

    @Test
    void theFeedStartsWithWhatWasPublishedBeforeIt() {
        JsonNode start = new Http(port).get("/api/v1/changes?after=0&limit=8").json().get("items");

        assertThat(start.get(0).get("position").asLong()).isEqualTo(1);
        assertThat(start.get(0).get("type").asString()).isEqualTo("GUIDELINE_PUBLISHED");
        assertThat(start.get(0).get("guideline").get("href").asString()).isEqualTo("/api/v1/guidelines/leaky-gut/versions/1");
        assertThat(Instant.parse(start.get(0).get("occurredAt").asString())).isEqualTo(Instant.parse("2026-11-28T00:00:00Z"));
        assertThat(start).extracting(item -> item.path("nutrient").path("slug").asString(""))
                .containsExactly("", "probiotica", "l-glutamine", "colostrum", "vitamine-d", "zink", "prebiotica", "lactoferrine");
    }

    @Test
    void theDocumentedExampleHasTheShapeOfARealPage() throws Exception {
        Http http = new Http(port);
        long start = end(http);
        append(ChangeType.GUIDELINE_PUBLISHED, "dysbiose", 1, null, null);
        append(ChangeType.NUTRIENT_ADDED, null, null, null, "magnesium");
        JsonNode real = http.get("/api/v1/changes?after=" + start).json();
        JsonNode example;
        try (var in = getClass().getResourceAsStream("/openapi/examples/listChanges.json")) {
            example = tools.jackson.databind.json.JsonMapper.builder().build().readTree(in);
        }

        assertThat(List.copyOf(real.propertyNames())).isEqualTo(List.copyOf(example.propertyNames()));
        for (int i = 0; i < 2; i++) {
            assertThat(List.copyOf(real.get("items").get(i).propertyNames())).isEqualTo(List.copyOf(example.get("items").get(i).propertyNames()));
            assertThat(real.get("items").get(i).get("type")).isEqualTo(example.get("items").get(i).get("type"));
        }
        assertThat(real.get("items").get(0).get("guideline")).isEqualTo(example.get("items").get(0).get("guideline"));
        assertThat(real.get("items").get(1).get("nutrient")).isEqualTo(example.get("items").get(1).get("nutrient"));
    }

    @Test
    void pagesFollowTheCursorAndTheNextEventIsServedAtOnceDespiteTheCache() {
        Http http = new Http(port);
        long start = end(http);
        append(ChangeType.NUTRIENT_ADDED, null, null, null, "paged-1");
        append(ChangeType.NUTRIENT_ADDED, null, null, null, "paged-2");
        append(ChangeType.NUTRIENT_ADDED, null, null, null, "paged-3");

        JsonNode first = http.get("/api/v1/changes?after=" + start + "&limit=2").json();
        assertThat(first.get("items")).extracting(item -> item.get("nutrient").get("slug").asString()).containsExactly("paged-1", "paged-2");
        assertThat(first.get("more").asBoolean()).isTrue();
        Http.Response second = http.get(first.get("next").asString());
        assertThat(second.json().get("items")).extracting(item -> item.get("nutrient").get("slug").asString()).containsExactly("paged-3");
        assertThat(second.json().get("more").asBoolean()).isFalse();

        // Polling the end: a 304 while nothing happens, the new event with the very next request.
        Http.Response empty = http.get(second.json().get("next").asString());
        assertThat(empty.json().get("items")).isEmpty();
        assertThat(empty.json().get("cursor").asLong()).isEqualTo(start + 3);
        assertThat(http.get(empty.json().get("next").asString(), "If-None-Match", empty.header("ETag")).status()).isEqualTo(304);
        append(ChangeType.NUTRIENT_ADDED, null, null, null, "paged-4");
        Http.Response fresh = http.get(empty.json().get("next").asString(), "If-None-Match", empty.header("ETag"));
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(fresh.json().get("items").get(0).get("nutrient").get("slug").asString()).isEqualTo("paged-4");
    }

    @Test
    void concurrentAppendsOnH2GetGaplessPositions() throws Exception {
        Http http = new Http(port);
        long start = end(http);
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        ExecutorService writers = Executors.newFixedThreadPool(6);
        List<CompletableFuture<Long>> positions = IntStream.range(0, 30).mapToObj(i -> CompletableFuture.supplyAsync(
                () -> transactions.execute(status -> feed.append(ChangeType.NUTRIENT_ADDED, null, null, null, "h2-" + i)), writers)).toList();
        List<Long> assigned = positions.stream().map(CompletableFuture::join).sorted().toList();
        writers.shutdown();
        assertThat(writers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(assigned).isEqualTo(java.util.stream.LongStream.rangeClosed(start + 1, start + 30).boxed().toList());
        assertThat(http.get("/api/v1/changes?after=" + start + "&limit=1000").json().get("items")).hasSize(30);
    }

    @Test
    void appendRefusesToRunOutsideTheWritersTransaction() {
        assertThatThrownBy(() -> feed.append(ChangeType.NUTRIENT_ADDED, null, null, null, "outside"))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void appendRefusesAnEventThatDoesNotSayWhatChanged() {
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> feed.append(ChangeType.GUIDELINE_PUBLISHED, "leaky-gut", null, null, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> feed.append(ChangeType.TRANSLATION_PUBLISHED, "leaky-gut", 1, null, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> feed.append(ChangeType.NUTRIENT_ADDED, "leaky-gut", 1, null, "zink")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRolledBackAppendLeavesNoGap() {
        Http http = new Http(port);
        long start = end(http);
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        transactions.executeWithoutResult(status -> {
            feed.append(ChangeType.NUTRIENT_ADDED, null, null, null, "rolled-back");
            status.setRollbackOnly();
        });
        long next = append(ChangeType.NUTRIENT_ADDED, null, null, null, "after-rollback");

        assertThat(next).isEqualTo(start + 1);
        assertThat(http.get("/api/v1/changes?after=" + start).json().get("items"))
                .extracting(item -> item.get("nutrient").get("slug").asString()).containsExactly("after-rollback");
    }

    @Test
    void everyCacheMustRevalidateTheFeedSoNoneHidesANewEvent() {
        Http http = new Http(port);
        Http.Response page = http.get("/api/v1/changes?after=0");

        assertThat(page.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(page.header("ETag")).isNotBlank();
        Http.Response unchanged = http.get("/api/v1/changes?after=0", "If-None-Match", page.header("ETag"));
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.header("Cache-Control")).isEqualTo("no-cache");
        // The cached bytes keep the feed's own policy too.
        assertThat(http.get("/api/v1/changes?after=0").header("Cache-Control")).isEqualTo("no-cache");
        assertThat(http.get("/api/v1/guidelines/leaky-gut").header("Cache-Control")).startsWith("public, max-age=");
    }

    @Test
    void aCursorBeyondTheEndIsAConflictNamingAfterAndTheLastPosition() {
        Http http = new Http(port);
        long end = end(http);
        JsonNode atTheEnd = http.get("/api/v1/changes?after=" + end).json();
        assertThat(atTheEnd.get("items")).isEmpty();
        assertThat(atTheEnd.get("lastPosition").asLong()).isEqualTo(end);
        assertThat(http.get("/api/v1/changes?after=0&limit=1").json().get("lastPosition").asLong()).isEqualTo(end);

        // A cursor from a restored (or another) database: not an empty page forever, but a problem that says to resync.
        Http.Response beyond = http.get("/api/v1/changes?after=" + (end + 5));
        assertThat(beyond.status()).isEqualTo(409);
        assertThat(beyond.header("Content-Type")).startsWith("application/problem+json");
        assertThat(beyond.header("Cache-Control")).isEqualTo("no-store");
        JsonNode problem = beyond.json();
        assertThat(problem.get("type").asString()).isEqualTo("/problems/cursor-beyond-end");
        assertThat(problem.get("after").asLong()).isEqualTo(end + 5);
        assertThat(problem.get("lastPosition").asLong()).isEqualTo(end);
        assertThat(problem.get("detail").asString()).contains("after=0");
        assertThat(http.get("/problems/cursor-beyond-end").status()).isEqualTo(200);
    }

    @Test
    void boundsOfTheParametersAreProblemsNamingThem() {
        Http http = new Http(port);
        for (String query : List.of("limit=0", "limit=1001", "after=-1", "after=abc", "limit=1.5", "after=%2B1")) {
            Http.Response response = http.get("/api/v1/changes?" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(query).startsWith("application/problem+json");
            assertThat(response.json().get("type").asString()).as(query).isEqualTo("/problems/invalid-parameter");
            assertThat(response.json().get("errors").get(0).get("name").asString()).as(query).isEqualTo(query.substring(0, query.indexOf('=')));
        }
        assertThat(http.get("/api/v1/changes?limit=1000").status()).isEqualTo(200);
    }
}
