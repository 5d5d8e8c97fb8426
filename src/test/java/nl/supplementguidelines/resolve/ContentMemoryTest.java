package nl.supplementguidelines.resolve;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A view is built once per content version, shared by concurrent requests, and never kept when the version is unknown. */
class ContentMemoryTest {

    private volatile @Nullable String token = "1.1000";
    private final AtomicInteger builds = new AtomicInteger();
    private final AtomicInteger databaseReads = new AtomicInteger();
    private final ContentMemory memory = new ContentMemory(() -> token);

    private ContentMemory.View<String> view() {
        return memory.view("test", () -> "built " + builds.incrementAndGet() + " under " + token,
                () -> "read " + databaseReads.incrementAndGet());
    }

    @Test
    void aViewIsBuiltOnceAndServedWhileTheVersionStaysTheSame() {
        ContentMemory.View<String> view = view();

        assertThat(view.current()).isEqualTo("built 1 under 1.1000");
        assertThat(view.current()).isEqualTo("built 1 under 1.1000");
        assertThat(builds).hasValue(1);
        assertThat(databaseReads).hasValue(0);
    }

    @Test
    void aNewVersionIsBuiltByTheVeryNextRequest() {
        ContentMemory.View<String> view = view();
        view.current();

        token = "2.2000";

        assertThat(view.current()).isEqualTo("built 2 under 2.2000");
        assertThat(view.current()).isEqualTo("built 2 under 2.2000");
        assertThat(builds).hasValue(2);
    }

    @Test
    void anUnknownVersionReadsFromTheDatabaseForEveryRequestAndDropsWhatWasKept() {
        ContentMemory.View<String> view = view();
        view.current();

        token = null;

        assertThat(view.current()).isEqualTo("read 1");
        assertThat(view.current()).isEqualTo("read 2");
        token = "1.1000";
        // Not the view built before: content may have changed while no revision could tell, so it was dropped.
        assertThat(view.current()).isEqualTo("built 2 under 1.1000");
        assertThat(builds).hasValue(2);
    }

    @Test
    void concurrentRequestsShareOneBuild() throws Exception {
        CountDownLatch building = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ContentMemory.View<String> view = memory.view("slow", () -> {
            builds.incrementAndGet();
            building.countDown();
            await(release);
            return "built";
        }, () -> "read");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            answers.add(pool.submit(view::current));
            assertThat(building.await(5, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 7; i++) {
                answers.add(pool.submit(view::current));
            }
            Thread.sleep(100);
            release.countDown();
            for (Future<String> answer : answers) {
                assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo("built");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(builds).hasValue(1);
    }

    @Test
    void aFailedBuildIsNotKeptSoTheNextRequestTriesAgain() {
        AtomicInteger attempts = new AtomicInteger();
        ContentMemory.View<String> view = memory.view("failing", () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("database down");
            }
            return "built";
        }, () -> "read");

        assertThatThrownBy(view::current).isInstanceOf(IllegalStateException.class).hasMessage("database down");
        assertThat(view.current()).isEqualTo("built");
        assertThat(attempts).hasValue(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
