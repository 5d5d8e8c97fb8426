package nl.supplementguidelines.webhook;

import nl.supplementguidelines.changes.ChangeType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The claim that keeps one instance at a time on an endpoint, on the real database: of instances claiming at once
 * exactly one wins; a live lease keeps the others out, an expired one lets the next in; only the holder changes the
 * endpoint. The endpoint is due only in the far future, so the running dispatcher never touches it.
 */
abstract class EndpointClaimContract {

    private static final Instant FUTURE = Instant.parse("2100-01-01T00:00:00Z");
    private static final int INSTANCES = 8;

    @Autowired
    EndpointStore store;

    @Autowired
    JdbcClient jdbc;

    private String id;

    @BeforeEach
    void insertEndpoint() {
        id = UUID.randomUUID().toString();
        store.insert(new Endpoint(id, "https://hooks.example.org/claim", null, EnumSet.allOf(ChangeType.class), WebhookSignatures.newSecret(),
                "claim-test", FUTURE, true, null, null, 0, 0, null, FUTURE), null);
    }

    @AfterEach
    void deleteEndpoint() {
        store.delete(id);
    }

    @Test
    void ofInstancesClaimingAtOnceExactlyOneWins() throws Exception {
        Instant now = FUTURE.plusSeconds(1);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(INSTANCES);
        try {
            List<Future<Boolean>> claims = IntStream.range(0, INSTANCES).mapToObj(i -> pool.submit(() -> {
                go.await();
                return store.claim(id, "instance-" + i, now, now.plusSeconds(30));
            })).toList();
            go.countDown();
            long won = 0;
            for (Future<Boolean> claim : claims) {
                won += claim.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        String holder = jdbc.sql("select lease_owner from webhook_endpoint where id = ?").param(id).query(String.class).single();
        assertThat(holder).startsWith("instance-");
    }

    @Test
    void aLiveLeaseKeepsOthersOutAndAnExpiredOneLetsTheNextIn() {
        Instant now = FUTURE.plusSeconds(1);
        assertThat(store.claim(id, "first", now, now.plusSeconds(30))).isTrue();
        assertThat(store.claim(id, "second", now.plusSeconds(29), now.plusSeconds(59))).as("lease still live").isFalse();
        assertThat(store.advance(id, "second", 1)).as("a non-holder changes nothing").isFalse();
        assertThat(store.renew(id, "second", now.plusSeconds(90))).isFalse();

        assertThat(store.claim(id, "second", now.plusSeconds(31), now.plusSeconds(61))).as("lease expired: the first instance died").isTrue();
        assertThat(store.advance(id, "first", 1)).as("the first, back from a stall, lost its claim").isFalse();
        assertThat(store.advance(id, "second", 1)).isTrue();
        store.release(id, "second");
        assertThat(store.claim(id, "third", now.plusSeconds(32), now.plusSeconds(62))).as("released: free at once").isTrue();
    }

    @Test
    void aDisabledOrNotYetDueEndpointIsNotClaimed() {
        assertThat(store.claim(id, "early", FUTURE.minusSeconds(1), FUTURE.plusSeconds(30))).as("not yet due").isFalse();
        Instant now = FUTURE.plusSeconds(1);
        assertThat(store.claim(id, "first", now, now.plusSeconds(1))).isTrue();
        assertThat(store.disable(id, "first", 3, now, "test")).isTrue();
        store.release(id, "first");
        assertThat(store.claim(id, "second", now.plusSeconds(5), now.plusSeconds(35))).as("disabled").isFalse();
        assertThat(store.due(now.plusSeconds(5), 1000)).doesNotContain(id);
    }

    @Test
    void theDatabaseClockIsReadAsAnInstant() {
        Instant before = Instant.now().minusSeconds(60);

        Instant now = store.now();

        assertThat(now).as("the database's clock, near this machine's").isBetween(before, Instant.now().plusSeconds(60));
        assertThat(store.claim(id, "clock", now, now.plusSeconds(30))).as("an endpoint due in 2100 is not due now").isFalse();
    }
}
