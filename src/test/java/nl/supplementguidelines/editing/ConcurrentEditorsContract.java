package nl.supplementguidelines.editing;

import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.Tokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static nl.supplementguidelines.editing.TestDocuments.document;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twenty editors who read the same revision of a draft and replace it at the same moment, over real HTTP: in every
 * round exactly one wins, the others get 412, and the draft is the winner's document, nothing merged or lost. And of
 * editors who create the same guideline, or publish the same draft, at the same moment, exactly one succeeds.
 */
abstract class ConcurrentEditorsContract extends EditingApiContractBase {

    private static final int EDITORS = 20;
    private static final int ROUNDS = 5;

    @Test
    void ofConcurrentCreatesOfOneSlugAndConcurrentPublicationsOfOneDraftExactlyOneSucceeds() throws Exception {
        String slug = "concurrent-create";
        List<Integer> creates = concurrently(() -> as(Tokens.editor(), "POST", GUIDELINES, document(slug, "Created")).status());
        assertThat(creates).filteredOn(status -> status == 201).hasSize(1);
        assertThat(creates).filteredOn(status -> status != 201).containsOnly(409);

        String etag = as(Tokens.editor(), "GET", draftOf(slug), null).header("ETag");
        List<Integer> publications = concurrently(() -> as(Tokens.publisher(), "POST", draftOf(slug) + "/publish",
                "{\"changeNote\":\"Versie 1\"}", "If-Match", etag).status());
        assertThat(publications).filteredOn(status -> status == 201).hasSize(1);
        // A loser gets 412 when it lost the compare-and-set, 404 when the draft was already gone: which depends on timing.
        assertThat(publications).filteredOn(status -> status != 201).hasSize(EDITORS - 1).isSubsetOf(404, 412);
        assertThat(jdbc.sql("select count(*) from guideline where slug = ?").param(slug).query(Long.class).single()).isEqualTo(1);
    }

    private static List<Integer> concurrently(java.util.concurrent.Callable<Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < EDITORS; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void ofTwentyConcurrentReplacementsOfOneRevisionExactlyOneWinsInEveryRound() throws Exception {
        String slug = "concurrent-editors";
        assertThat(as(Tokens.editor(), "POST", GUIDELINES, document(slug, "Round 0")).status()).isEqualTo(201);
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                String etag = as(Tokens.editor(), "GET", draftOf(slug), null).header("ETag");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Response>> answers = new ArrayList<>();
                List<ObjectNode> bodies = new ArrayList<>();
                for (int editor = 0; editor < EDITORS; editor++) {
                    ObjectNode body = document(slug, "Round " + round + " editor " + editor);
                    bodies.add(body);
                    String token = editor % 2 == 0 ? Tokens.editor() : Tokens.secondEditor();
                    answers.add(pool.submit(() -> {
                        start.await();
                        return as(token, "PUT", draftOf(slug), body, "If-Match", etag);
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                int winner = -1;
                for (int editor = 0; editor < EDITORS; editor++) {
                    Response answer = answers.get(editor).get();
                    statuses.add(answer.status());
                    if (answer.status() / 100 == 2) {
                        winner = editor;
                    }
                }

                assertThat(statuses).as("round " + round).filteredOn(status -> status / 100 == 2).hasSize(1);
                assertThat(statuses).as("round " + round).filteredOn(status -> status / 100 != 2).containsOnly(412);
                JsonNode draft = as(Tokens.editor(), "GET", draftOf(slug), null).json();
                assertThat(draft.get("document")).isEqualTo(TestDocuments.JSON.readTree(bodies.get(winner).toString()));
                assertThat(draft.get("revision").asInt()).isEqualTo(round + 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
