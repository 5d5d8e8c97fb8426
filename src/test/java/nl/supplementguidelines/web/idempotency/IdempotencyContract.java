package nl.supplementguidelines.web.idempotency;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Idempotency-Key over real HTTP, through a demo create operation ({@link IdempotencyDemo}) wired as the editing
 * operations are: a retry answers as the first time and runs nothing again, concurrent duplicates run once, a reused
 * key with another body is a 422, a malformed key a 400. Run on H2 and PostgreSQL by the subclasses.
 */
abstract class IdempotencyContract {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    IdempotencyDemo.DemoController demo;

    @Autowired
    JdbcClient jdbc;

    private int runsBefore;

    @BeforeEach
    void countRuns() {
        runsBefore = demo.runs.get();
    }

    private int runs() {
        return demo.runs.get() - runsBefore;
    }

    HttpResponse<String> post(String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + IdempotencyDemo.PATH))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private long audited(String name) {
        return jdbc.sql("select count(*) from audit_event where operation = ? and summary_after like ?")
                .params(IdempotencyDemo.OPERATION, "%name=" + name + "%").query(Long.class).single();
    }

    @Test
    void aRetriedCreateAnswersAsTheFirstTimeAndRunsOnce() {
        String key = key();
        String name = "retried-" + key;
        HttpResponse<String> first = post("{\"name\":\"" + name + "\"}", "Idempotency-Key", key);
        HttpResponse<String> retry = post("{\"name\":\"" + name + "\"}", "Idempotency-Key", key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location")).isPresent();
        assertThat(retry.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag")).isPresent();
        assertThat(retry.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(runs()).isEqualTo(1);
        assertThat(audited(name)).isEqualTo(1);
    }

    @Test
    void withoutAKeyEveryRequestRuns() {
        String name = "unkeyed-" + key();
        assertThat(post("{\"name\":\"" + name + "\"}").statusCode()).isEqualTo(201);
        assertThat(post("{\"name\":\"" + name + "\"}").statusCode()).isEqualTo(201);
        assertThat(runs()).isEqualTo(2);
    }

    @Test
    void theSameKeyOfAnotherEditorIsAnotherRequest() {
        String key = key();
        post("{\"name\":\"a\"}", "Idempotency-Key", key, "X-Demo-Subject", "editor-a");
        HttpResponse<String> other = post("{\"name\":\"a\"}", "Idempotency-Key", key, "X-Demo-Subject", "editor-b");
        assertThat(other.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(runs()).isEqualTo(2);
    }

    @Test
    void aReusedKeyWithAnotherBodyIsRefused() {
        String key = key();
        post("{\"name\":\"first\"}", "Idempotency-Key", key);
        HttpResponse<String> reused = post("{\"name\":\"second\"}", "Idempotency-Key", key);

        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(reused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(reused.body()).get("type").asString()).isEqualTo("/problems/idempotency-key-reused");
        assertThat(runs()).isEqualTo(1);
    }

    @Test
    void malformedKeysAreProblemsNamingTheHeader() {
        // Keys outside ASCII or with control characters: IdempotencyKeyTest (an HTTP client cannot send them).
        for (String key : List.of("has space", "x".repeat(256))) {
            HttpResponse<String> response = post("{\"name\":\"bad-key\"}", "Idempotency-Key", key);
            assertThat(response.statusCode()).as(key).isEqualTo(400);
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("type").asString()).isEqualTo("/problems/invalid-parameter");
            assertThat(problem.get("errors").get(0).get("name").asString()).isEqualTo("Idempotency-Key");
        }
        assertThat(post("{\"name\":\"ok-key\"}", "Idempotency-Key", "x".repeat(255)).statusCode()).isEqualTo(201);
        assertThat(runs()).isEqualTo(1);
    }

    @Test
    void aRefusedRequestIsNotRememberedAndTheKeyStaysFree() {
        String key = key();
        assertThat(post("{\"refuse\":true}", "Idempotency-Key", key).statusCode()).isEqualTo(422);
        HttpResponse<String> corrected = post("{\"name\":\"corrected\"}", "Idempotency-Key", key);
        assertThat(corrected.statusCode()).isEqualTo(201);
        assertThat(corrected.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(runs()).isEqualTo(1);
    }

    @Test
    void aRecordPastItsRetentionIsForgotten() {
        String key = key();
        post("{\"name\":\"old\"}", "Idempotency-Key", key);
        jdbc.sql("update idempotency_record set created_at = created_at - interval '2' day where idempotency_key = ?").param(key).update();

        HttpResponse<String> again = post("{\"name\":\"old\"}", "Idempotency-Key", key);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(runs()).isEqualTo(2);
    }

    @Test
    void twentyConcurrentDuplicatesRunOnce() throws Exception {
        String key = key();
        String name = "concurrent-" + key;
        String body = "{\"name\":\"" + name + "\",\"slow\":200}";
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(20);
        List<CompletableFuture<HttpResponse<String>>> answers = IntStream.range(0, 20).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return post(body, "Idempotency-Key", key);
        }, clients)).toList();
        go.countDown();
        List<HttpResponse<String>> responses = answers.stream().map(CompletableFuture::join).toList();
        clients.shutdown();

        assertThat(runs()).isEqualTo(1);
        assertThat(audited(name)).isEqualTo(1);
        HttpResponse<String> created = responses.stream().filter(r -> r.statusCode() == 201).findFirst().orElseThrow();
        for (HttpResponse<String> response : responses) {
            if (response.statusCode() == 201) {
                assertThat(response.body()).isEqualTo(created.body());
            } else {
                assertThat(response.statusCode()).isEqualTo(409);
                assertThat(JSON.readTree(response.body()).get("type").asString()).isEqualTo("/problems/idempotency-key-in-flight");
            }
        }
        assertThat(responses.stream().filter(r -> r.headers().firstValue("Idempotent-Replayed").isEmpty()).count())
                .as("answers that ran the action").isEqualTo(1);
        assertThat(post(body, "Idempotency-Key", key).body()).isEqualTo(created.body());
        assertThat(runs()).isEqualTo(1);
    }
}
