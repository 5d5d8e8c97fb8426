package nl.supplementguidelines.export;

import nl.supplementguidelines.guideline.GuidelineExport;
import nl.supplementguidelines.guideline.GuidelineExport.ExportedVersion;
import nl.supplementguidelines.guideline.GuidelineExport.Scope;
import nl.supplementguidelines.web.caching.ContentRevision;
import nl.supplementguidelines.web.caching.ContentRevision.Stamp;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One export's reads: a single read-only REPEATABLE READ transaction, so every batch sees the database as it was at
 * the first statement (a publication committed meanwhile is in none of them, and no version is seen twice or missed as
 * its successor lands), read in keyset batches of {@code batchSize} versions so memory stays one batch whatever the count.
 */
@Component
class ExportSnapshot {

    /** What is done within the snapshot: first told the content version it reads, then handed the batches. */
    interface Reader {

        /**
         * @param stamp the content version and build of this snapshot (null when unknown)
         * @return false to read no versions (a 304)
         */
        boolean begin(@Nullable Stamp stamp) throws IOException;

        void accept(ExportedVersion version) throws IOException;
    }

    private final TransactionTemplate transactions;
    private final GuidelineExport guidelines;
    private final int batchSize;

    private final ContentRevision revision;

    ExportSnapshot(PlatformTransactionManager transactionManager, GuidelineExport guidelines, ContentRevision revision,
            ExportProperties properties) {
        this.revision = revision;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setReadOnly(true);
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.guidelines = guidelines;
        this.batchSize = properties.batchSize();
    }

    /** Reads the versions of the scope in id order, a batch at a time, all from one snapshot; returns how many. */
    long read(Scope scope, Reader reader) throws IOException {
        try {
            Long count = transactions.execute(status -> {
                try {
                    return readAll(scope, reader);
                } catch (IOException failure) {
                    throw new UncheckedIOException(failure);
                }
            });
            return count == null ? 0 : count;
        } catch (UncheckedIOException failure) {
            throw failure.getCause();
        }
    }

    private long readAll(Scope scope, Reader reader) throws IOException {
        // The first statement: on PostgreSQL it takes the snapshot, so the tag names exactly the content that is streamed.
        Stamp stamp = revision.stamp();
        // H2 takes its snapshot of each table at the table's first read: this pins the guideline table's before any
        // batch (the value itself is not needed; the stamp's Last-Modified is never earlier).
        guidelines.lastChange();
        if (!reader.begin(stamp)) {
            return 0;
        }
        long count = 0;
        long after = 0;
        while (true) {
            List<ExportedVersion> batch = guidelines.batch(scope, after, batchSize);
            for (ExportedVersion version : batch) {
                reader.accept(version);
            }
            count += batch.size();
            if (batch.size() < batchSize) {
                return count;
            }
            after = batch.get(batch.size() - 1).id();
        }
    }
}
