package nl.supplementguidelines;

import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.SharedPostgres;
import nl.supplementguidelines.support.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the API on one PostgreSQL database, as behind a load balancer (README "Several instances on one
 * PostgreSQL"): a change published through one, or made by plain SQL, is served by the other; the rate limit is shared;
 * and when one instance stops under load, the other keeps serving without an error. Clients are told apart by
 * X-Forwarded-For, as behind a proxy, so each part of the test has rate-limit buckets of its own.
 */
// The stop is last: it ends the second instance.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesOnOnePostgresTest {

    /** A small burst that never refills within the test, written to the database every 2 tokens. */
    private static final int CAPACITY = 20;
    private static final int SYNC_TOKENS = 2;

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static Http one;
    private static Http two;
    private static JdbcClient jdbc;

    @BeforeAll
    static void startTwoInstances() {
        String database = SharedPostgres.newDatabase();
        first = start(database);
        second = start(database);
        one = new Http(port(first));
        two = new Http(port(second));
        jdbc = JdbcClient.create(first.getBean(DataSource.class));
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext context : List.of(first, second)) {
            if (context != null && context.isActive()) {
                context.close();
            }
        }
    }

    @Test
    void aNutrientAddedThroughOneIsServedByTheOtherAndAtOnceByTheFirst() {
        Response before = two.get("/api/v1/nutrients/cluster-nutrient", "X-Forwarded-For", "192.0.2.1");
        assertThat(before.status()).isEqualTo(404);

        Response added = one.sendJson("POST", "/api/v1/nutrients",
                "{\"slug\":\"cluster-nutrient\",\"name\":\"Clusternutriënt\",\"category\":\"MINERAL\"}",
                "Authorization", Tokens.bearer(Tokens.editor()), "X-Forwarded-For", "192.0.2.1");
        assertThat(added.status()).as(added.text()).isEqualTo(201);

        // The writer serves its own change with the very next request; the other once the notification is in.
        assertThat(one.get("/api/v1/nutrients/cluster-nutrient", "X-Forwarded-For", "192.0.2.1").status()).isEqualTo(200);
        Response other = within(two, "/api/v1/nutrients/cluster-nutrient", "192.0.2.1", answer -> answer.status() == 200);
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.json().get("name").asString()).isEqualTo("Clusternutriënt");
    }

    @Test
    void aChangeByPlainSqlIsServedByBoth() {
        String path = "/api/v1/guidelines/leaky-gut";
        Response oneBefore = one.get(path, "X-Forwarded-For", "192.0.2.2");
        Response twoBefore = two.get(path, "X-Forwarded-For", "192.0.2.2");
        assertThat(oneBefore.header("ETag")).isEqualTo(twoBefore.header("ETag"));
        String title = oneBefore.json().get("title").asString();
        try {
            jdbc.sql("update guideline set title = 'Leaky gut (cluster)' where slug = 'leaky-gut' and status = 'CURRENT'").update();

            for (Http instance : List.of(one, two)) {
                Response after = within(instance, path, "192.0.2.2", answer -> !answer.header("ETag").equals(oneBefore.header("ETag")));
                assertThat(after.json().get("title").asString()).isEqualTo("Leaky gut (cluster)");
            }
        } finally {
            jdbc.sql("update guideline set title = ? where slug = 'leaky-gut' and status = 'CURRENT'").param(title).update();
        }
    }

    @Test
    void theListenersReconnectWhenTheirConnectionsAreKilledAndChangesStillArrive() {
        String listeners = "select pid from pg_stat_activity where datname = current_database()"
                + " and application_name = 'supplement-guidelines content listener'";
        List<Integer> killed = jdbc.sql(listeners).query(Integer.class).list();
        assertThat(killed).hasSize(2);

        jdbc.sql("select pg_terminate_backend(pid) from pg_stat_activity where pid in (:pids)")
                .param("pids", killed).query().listOfRows();

        // Termination is asynchronous: a killed backend may still be listed for a moment, so count new ones only.
        long start = System.nanoTime();
        while (!twoNewListeners(listeners, killed) && System.nanoTime() - start < Duration.ofSeconds(5).toNanos()) {
            sleep(20);
        }
        assertThat(jdbc.sql(listeners).query(Integer.class).list()).as("listeners connected again")
                .hasSize(2).doesNotContainAnyElementsOf(killed);
        aChangeByPlainSqlIsServedByBoth();
    }

    private static boolean twoNewListeners(String listeners, List<Integer> killed) {
        List<Integer> now = jdbc.sql(listeners).query(Integer.class).list();
        return now.size() == 2 && now.stream().noneMatch(killed::contains);
    }

    @Test
    void theRateLimitIsSharedByBothInstances() {
        int accepted = 0;
        for (int i = 0; i < 2 * CAPACITY; i++) {
            Http instance = i % 2 == 0 ? one : two;
            if (instance.get("/api/v1/evidence-levels", "X-Forwarded-For", "198.51.100.7").status() == 200) {
                accepted++;
            }
        }

        // Each on its own would accept its 20 (40 in all); shared, each instance's unwritten tokens are the overshoot.
        assertThat(accepted).isBetween(CAPACITY, CAPACITY + 2 * SYNC_TOKENS);
        Response refused = two.get("/api/v1/evidence-levels", "X-Forwarded-For", "198.51.100.7");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void whenOneInstanceStopsUnderLoadTheOtherKeepsServing() throws Exception {
        AtomicBoolean closing = new AtomicBoolean();
        AtomicBoolean stopping = new AtomicBoolean();
        AtomicInteger served = new AtomicInteger();
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        // Four clients on the instance that stays, each with a new client address every 10 requests: under the burst.
        List<CompletableFuture<Void>> clients = IntStream.range(0, 4).mapToObj(client -> CompletableFuture.runAsync(() -> {
            for (int request = 0; !stopping.get(); request++) {
                Response answer = one.get("/api/v1/guidelines/leaky-gut", "X-Forwarded-For", address(client, request));
                if (answer.status() == 200) {
                    served.incrementAndGet();
                } else {
                    failures.merge(answer.status() + " " + answer.text(), 1, Integer::sum);
                }
            }
        })).toList();
        // Two more on the instance that stops: they may see refused connections once it is gone (or the 503 with which
        // Tomcat closes a connection whose request came after the stop began), nothing else.
        List<CompletableFuture<List<Integer>>> leaving = IntStream.range(0, 2).mapToObj(client -> CompletableFuture.supplyAsync(() -> {
            List<Integer> statuses = new ArrayList<>();
            for (int request = 0; !stopping.get(); request++) {
                Response answer;
                try {
                    answer = two.get("/api/v1/guidelines/leaky-gut", "X-Forwarded-For", address(4 + client, request));
                } catch (UncheckedIOException refused) {
                    break;
                }
                if (closing.get() && answer.isPausedConnectorAnswer()) {
                    break;
                }
                statuses.add(answer.status());
            }
            return statuses;
        })).toList();
        Thread.sleep(700);
        int servedBeforeStop = served.get();
        closing.set(true);
        second.close();
        Thread.sleep(700);
        stopping.set(true);

        CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        assertThat(servedBeforeStop).as("served while both ran").isPositive();
        assertThat(served.get()).as("served after the other stopped").isGreaterThan(servedBeforeStop);
        assertThat(failures).as("answers other than 200 from the instance that stayed").isEmpty();
        for (CompletableFuture<List<Integer>> client : leaving) {
            assertThat(client.get(10, TimeUnit.SECONDS)).as("whole answers from the instance that stopped").containsOnly(200);
        }
    }

    /**
     * A client address of its own for every 10 requests of a client, never used again (198.18.0.0/15, which no proxy
     * rule treats as internal): an address that came round again would find its burst spent on a fast machine.
     */
    private static String address(int client, int request) {
        int block = client * 10_000 + request / 10;
        return "198.18." + ((block >> 8) & 255) + "." + (block & 255);
    }

    private static Response within(Http instance, String path, String client, Predicate<Response> done) {
        long start = System.nanoTime();
        Response response = instance.get(path, "X-Forwarded-For", client);
        while (!done.test(response) && System.nanoTime() - start < Duration.ofSeconds(2).toNanos()) {
            sleep(10);
            response = instance.get(path, "X-Forwarded-For", client);
        }
        return response;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static ConfigurableApplicationContext start(String database) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + database, "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--server.port=0", "--server.address=127.0.0.1", "--management.server.port=0", "--spring.jmx.enabled=false",
                // As behind the load balancer: the client is the address the proxy (here: loopback) forwards.
                "--server.forward-headers-strategy=native",
                "--api.rate-limit.capacity=" + CAPACITY, "--api.rate-limit.refill-tokens=1", "--api.rate-limit.refill-period=1h",
                "--api.rate-limit.sync-tokens=" + SYNC_TOKENS));
        for (String property : Tokens.properties()) {
            arguments.add("--" + property);
        }
        return new SpringApplicationBuilder(SupplementGuidelinesApplication.class).run(arguments.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
