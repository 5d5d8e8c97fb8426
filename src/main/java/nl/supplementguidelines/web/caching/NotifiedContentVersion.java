package nl.supplementguidelines.web.caching;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The content version on PostgreSQL, told of changes by NOTIFY ({@link RevisionListener}): a version read is served
 * without another read until a notification arrives, this instance commits a write of its own ({@link LocalCommits}),
 * or {@code maxAge} has passed (the bound should a notification ever be lost). A change committed by any instance,
 * or by plain SQL, is so served as soon as its notification is in; a change made here, at once.
 * <p>
 * Why it is never older than a notification already received: every notification and local commit bumps a
 * generation before anything else, and a read is kept only under the generation seen when it started; a request that
 * finds a newer generation reads again, and that read started after the change committed. While the listener is not
 * connected it behaves as {@link ServerContentVersion}: a read per request, or per {@code checkInterval}.
 */
final class NotifiedContentVersion implements ContentVersion, AutoCloseable {

    /** A version read under a generation, and when that read started (System.nanoTime). */
    private record Held(Snapshot snapshot, long generation, long startedAt) {
    }

    private final RevisionRow row;
    private final LocalCommits localCommits;
    private final long maxAgeNanos;
    private final AtomicLong notifications = new AtomicLong();
    private final SharedReads strict;
    private final SharedReads polled;
    private final RevisionListener listener;
    private volatile boolean listening;
    private volatile @Nullable Held held;

    NotifiedContentVersion(RevisionRow row, ListenConnections connections, LocalCommits localCommits,
            Duration checkInterval, Duration maxAge) {
        this.row = row;
        this.localCommits = localCommits;
        this.maxAgeNanos = maxAge.toNanos();
        this.strict = new SharedReads(this::read, Duration.ZERO);
        this.polled = new SharedReads(row::read, checkInterval);
        this.listener = new RevisionListener(connections, new Events());
        listener.start();
    }

    @Override
    public Snapshot current() {
        if (!listening) {
            return polled.current();
        }
        Held kept = held;
        if (kept != null && kept.generation() == generation() && System.nanoTime() - kept.startedAt() < maxAgeNanos) {
            return kept.snapshot();
        }
        return strict.current();
    }

    /** Whether the listener is connected, so versions are served from memory (for tests and the log). */
    boolean listening() {
        return listening;
    }

    private long generation() {
        // Both only grow, so their sum changes whenever either does.
        return notifications.get() + localCommits.count();
    }

    private Snapshot read() {
        long generation = generation();
        long startedAt = System.nanoTime();
        Snapshot snapshot = row.read();
        Held kept = held;
        // Overlapping reads may finish out of order: never replace a newer version of the same generation.
        if (kept == null || kept.generation() != generation || kept.snapshot().revision() <= snapshot.revision()) {
            held = snapshot.known() ? new Held(snapshot, generation, startedAt) : null;
        }
        return snapshot;
    }

    @Override
    public long reads() {
        return row.reads();
    }

    @Override
    public void close() {
        listener.close();
    }

    private final class Events implements RevisionListener.Events {

        @Override
        public void listening() {
            // Changes committed before LISTEN took effect were not announced: the next request reads.
            notifications.incrementAndGet();
            listening = true;
        }

        @Override
        public void changed() {
            notifications.incrementAndGet();
        }

        @Override
        public void lost() {
            listening = false;
            notifications.incrementAndGet();
        }
    }
}
