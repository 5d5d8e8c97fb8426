package nl.supplementguidelines.web.caching;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Request coalescing of version reads: concurrent requests share reads. A request uses a read that started after it
 * arrived, or starts one; with an interval above 0 it also reuses a successful read younger than that interval.
 */
final class SharedReads {

    /** One read of the version: when it started (System.nanoTime) and its outcome. */
    private record Read(long startedAt, CompletableFuture<Snapshot> outcome) {
    }

    private final AtomicReference<Read> latest = new AtomicReference<>();
    private final Supplier<Snapshot> query;
    private final long intervalNanos;

    SharedReads(Supplier<Snapshot> query, Duration interval) {
        this.query = query;
        this.intervalNanos = interval.toNanos();
    }

    Snapshot current() {
        long arrival = System.nanoTime();
        while (true) {
            Read read = latest.get();
            if (read != null && (read.startedAt() - arrival >= 0 || isFreshSuccess(read, arrival))) {
                return await(read);
            }
            Read mine = new Read(System.nanoTime(), new CompletableFuture<>());
            if (latest.compareAndSet(read, mine)) {
                try {
                    Snapshot snapshot = query.get();
                    mine.outcome().complete(snapshot);
                    return snapshot;
                } catch (RuntimeException | Error failure) {
                    mine.outcome().completeExceptionally(failure);
                    throw failure;
                }
            }
            // Another request started a read meanwhile; use it if it started after this request arrived.
        }
    }

    private boolean isFreshSuccess(Read read, long now) {
        return intervalNanos > 0 && now - read.startedAt() < intervalNanos
                && read.outcome().isDone() && !read.outcome().isCompletedExceptionally();
    }

    private static Snapshot await(Read read) {
        try {
            return read.outcome().join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw failed;
        }
    }
}
