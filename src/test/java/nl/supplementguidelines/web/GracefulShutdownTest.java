package nl.supplementguidelines.web;

import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.SupplementGuidelinesApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Stopping the application lets a request in flight finish, then refuses new connections. The application is started
 * by hand, not as a cached test context, because the test stops it.
 */
class GracefulShutdownTest {

    static final CountDownLatch REQUEST_STARTED = new CountDownLatch(1);

    /** A slow request, only in this test's application (a plain class: component scanning never finds it). */
    static class SlowEndpoint {
        @Bean
        RouterFunction<ServerResponse> slowRoute() {
            return RouterFunctions.route().GET("/test/slow", request -> {
                REQUEST_STARTED.countDown();
                Thread.sleep(1500);
                return ServerResponse.ok().body("finished");
            }).build();
        }
    }

    /**
     * Three clients keep sending the most expensive requests the limits allow (50 intakes, 20,000 blank strings, a body
     * over the limit) while the application stops: each gets a whole answer or a refused connection, and stopping
     * takes seconds, well within the 30 s a platform waits before it kills the process.
     */
    @Test
    void stopsWithinSecondsWhileExpensiveRequestsAreInFlight() throws Exception {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SupplementGuidelinesApplication.class)
                .run("--server.port=0", "--management.server.port=0", "--spring.jmx.enabled=false",
                        "--spring.datasource.url=jdbc:h2:mem:shutdown-expensive;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        Http http = new Http(((WebServerApplicationContext) context).getWebServer().getPort());
        String fiftyIntakes = "{\"guidelines\":[\"leaky-gut\"],\"intakes\":[" + String.join(",", java.util.Collections.nCopies(50,
                "{\"nutrient\":\"vitamine-d\",\"dose\":\"25 µg (1000 IE)\"}")) + "]}";
        String blanks = "{\"guidelines\":[" + String.join(",", java.util.Collections.nCopies(20_000, "\"\"")) + "],\"intakes\":[{\"nutrient\":\"zink\",\"dose\":\"30 mg\"}]}";
        String tooLarge = "{\"guidelines\":[\"" + "a".repeat(70_000) + "\"]}";
        java.util.concurrent.atomic.AtomicBoolean closing = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicBoolean stopping = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.List<Integer> statuses = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.List<CompletableFuture<Void>> clients = java.util.stream.Stream.of(fiftyIntakes, blanks, tooLarge)
                .map(body -> CompletableFuture.runAsync(() -> {
                    while (!stopping.get()) {
                        Response answer;
                        try {
                            answer = http.post("/api/v1/dose-checks", body);
                        } catch (UncheckedIOException refused) {
                            return;
                        }
                        if (closing.get() && answer.isPausedConnectorAnswer()) {
                            return;
                        }
                        statuses.add(answer.status());
                    }
                })).toList();
        // A copy taken under the list's lock: the clients are still adding while AssertJ iterates.
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!snapshot(statuses).containsAll(java.util.List.of(200, 400, 413)) && System.nanoTime() - until < 0) {
            Thread.sleep(20);
        }
        assertThat(snapshot(statuses)).as("the clients got answers before the stop").contains(200, 400, 413);

        long start = System.nanoTime();
        closing.set(true);
        context.close();
        long stoppedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        stopping.set(true);

        CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        assertThat(stoppedMillis).as("milliseconds to stop").isLessThan(15_000);
        assertThat(snapshot(statuses)).as("every answer was whole and expected").isSubsetOf(200, 400, 413);
    }

    private static java.util.List<Integer> snapshot(java.util.List<Integer> synchronizedList) {
        synchronized (synchronizedList) {
            return java.util.List.copyOf(synchronizedList);
        }
    }

    @Test
    void finishesTheRequestInFlightBeforeStopping() throws Exception {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SupplementGuidelinesApplication.class, SlowEndpoint.class)
                .run("--server.port=0", "--management.server.port=0", "--spring.jmx.enabled=false",
                        "--spring.datasource.url=jdbc:h2:mem:shutdown;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        Http http = new Http(port);
        CompletableFuture<Response> inFlight = CompletableFuture.supplyAsync(() -> http.get("/test/slow"));
        assertThat(REQUEST_STARTED.await(10, TimeUnit.SECONDS)).isTrue();

        context.close();

        Response response = inFlight.get(10, TimeUnit.SECONDS);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).isEqualTo("finished");
        assertThatThrownBy(() -> http.get("/livez")).as("no new connections after shutdown")
                .isInstanceOf(UncheckedIOException.class);
    }
}
