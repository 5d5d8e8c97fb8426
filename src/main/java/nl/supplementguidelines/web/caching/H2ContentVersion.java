package nl.supplementguidelines.web.caching;

import org.jspecify.annotations.Nullable;

import java.time.Duration;

/**
 * The content version of an H2 database whose engine runs in this JVM. Its triggers announce every revision they
 * write, before the change commits ({@link EmbeddedContentChanges}), so a version read is served until a higher
 * revision is announced: no database read per request, and never a version older than a committed change. It is
 * always read strictly (no check interval): that costs nothing, as the triggers announce every change.
 */
final class H2ContentVersion implements ContentVersion {

    private final String database;
    private final RevisionRow row;
    private final SharedReads reads;
    /** The latest version read, while the revision row exists. */
    private volatile @Nullable Snapshot latest;

    /** @param database the H2 name of the database ({@code select database()}), as its triggers announce it */
    H2ContentVersion(String database, RevisionRow row) {
        this.database = database;
        this.row = row;
        this.reads = new SharedReads(this::read, Duration.ZERO);
    }

    @Override
    public Snapshot current() {
        Snapshot read = latest;
        if (read != null && read.revision() >= EmbeddedContentChanges.highestWritten(database)) {
            // No revision beyond the one read has been written, committed or not: it is still the current content.
            return read;
        }
        return reads.current();
    }

    private Snapshot read() {
        Snapshot snapshot = row.read();
        latest = snapshot.known() ? snapshot : null;
        return snapshot;
    }

    @Override
    public long reads() {
        return row.reads();
    }
}
