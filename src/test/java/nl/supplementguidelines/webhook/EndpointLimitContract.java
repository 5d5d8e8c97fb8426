package nl.supplementguidelines.webhook;

import nl.supplementguidelines.changes.ChangeType;
import nl.supplementguidelines.web.problem.ProblemException;
import nl.supplementguidelines.web.security.Editor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-subject endpoint limit holds when registrations race for the last place, or for all places at once. */
abstract class EndpointLimitContract {

    private static final Instant FUTURE = Instant.parse("2100-01-01T00:00:00Z");

    @Autowired
    WebhookRegistry registry;
    @Autowired
    EndpointStore store;
    @Autowired
    WebhookProperties properties;
    @Autowired
    JdbcClient jdbc;

    private final String subject = "limit-race-" + UUID.randomUUID();

    @AfterEach
    void deleteEndpoints() {
        jdbc.sql("delete from webhook_endpoint where owner_subject = ?").param(subject).update();
    }

    @Test
    void ofRegistrationsRacingForTheLastPlaceExactlyOneGetsIt() throws Exception {
        for (int i = 0; i < properties.maxEndpoints() - 1; i++) {
            store.insert(new Endpoint(UUID.randomUUID().toString(), "https://hooks.example.org/" + i, null, EnumSet.allOf(ChangeType.class),
                    WebhookSignatures.newSecret(), subject, FUTURE, true, null, null, 0, 0, null, FUTURE), null);
        }

        assertThat(race(10)).as("registered").isEqualTo(1);
        assertThat(endpoints()).isEqualTo(properties.maxEndpoints());
    }

    @Test
    void ofMoreRegistrationsAtOnceThanTheLimitOfASubjectWithoutEndpointsOnlyTheLimitGetThrough() throws Exception {
        int registrations = properties.maxEndpoints() + 10;

        assertThat(race(registrations)).as("registered").isEqualTo(properties.maxEndpoints());
        assertThat(endpoints()).isEqualTo(properties.maxEndpoints());
    }

    /** Registers from {@code threads} threads at once; answers how many got through (the others must be refused as over the limit). */
    private long race(int threads) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                outcomes.add(pool.submit(() -> {
                    go.await();
                    try {
                        // A public literal address: accepted without a DNS lookup in every test context; never sent to (the
                        // endpoint starts at the feed's end and is deleted after the test).
                        registry.register(new NewWebhook("https://93.184.215.14/hook", null, null), new Editor(subject, null));
                        return "registered";
                    } catch (ProblemException e) {
                        return e.detail().contains("as many as one may register") ? "refused" : e.detail();
                    }
                }));
            }
            go.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results).containsOnly("registered", "refused");
            return results.stream().filter("registered"::equals).count();
        } finally {
            pool.shutdownNow();
        }
    }

    private long endpoints() {
        return jdbc.sql("select count(*) from webhook_endpoint where owner_subject = ?").param(subject).query(Long.class).single();
    }
}
