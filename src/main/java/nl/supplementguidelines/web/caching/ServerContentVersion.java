package nl.supplementguidelines.web.caching;

import java.time.Duration;

/**
 * The content version on a database server (PostgreSQL), or an H2 whose engine runs in another process: other
 * processes can change the content, so the revision is read for every request, concurrent requests sharing reads. A
 * deployment may trade freshness for throughput with {@code api.cache.version-check-interval} (default 0): a read is
 * then reused for up to that long, and a change is served within that interval.
 */
final class ServerContentVersion implements ContentVersion {

    private final RevisionRow row;
    private final SharedReads reads;

    ServerContentVersion(RevisionRow row, Duration checkInterval) {
        this.row = row;
        this.reads = new SharedReads(row::read, checkInterval);
    }

    @Override
    public Snapshot current() {
        return reads.current();
    }

    @Override
    public long reads() {
        return row.reads();
    }
}
