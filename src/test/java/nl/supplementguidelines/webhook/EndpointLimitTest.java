package nl.supplementguidelines.webhook;

import nl.supplementguidelines.changes.ChangeType;
import nl.supplementguidelines.web.problem.ProblemException;
import nl.supplementguidelines.web.security.Editor;
import nl.supplementguidelines.support.WebhookApiTest;
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

/** The per-subject endpoint limit holds when registrations race for the last place. */
@WebhookApiTest
class EndpointLimitTest {

    private static final int REGISTRATIONS = 10;
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
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(REGISTRATIONS);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < REGISTRATIONS; i++) {
                outcomes.add(pool.submit(() -> {
                    go.await();
                    try {
                        registry.register(new NewWebhook("http://127.0.0.1:9/hook", null, null), new Editor(subject, null));
                        return "registered";
                    } catch (ProblemException e) {
                        return "refused";
                    }
                }));
            }
            go.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results).filteredOn("registered"::equals).hasSize(1);
            assertThat(results).filteredOn("refused"::equals).hasSize(REGISTRATIONS - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from webhook_endpoint where owner_subject = ?").param(subject).query(Long.class).single())
                .isEqualTo(properties.maxEndpoints());
    }
}
