package nl.supplementguidelines.web.caching;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the writing transactions this instance committed, so that it serves its own change at once: the
 * notification of that change comes back from PostgreSQL a little later ({@link NotifiedContentVersion}). Spring Boot
 * registers every {@link TransactionExecutionListener} bean with its transaction manager; this one needs no module to
 * call it, and runs after the commit, before the writing request answers.
 */
final class LocalCommits implements TransactionExecutionListener {

    private final AtomicLong count = new AtomicLong();

    @Override
    public void afterCommit(TransactionExecution transaction, @Nullable Throwable failure) {
        // A failed commit may still have committed (the answer was lost): counting it costs one read at most.
        if (!transaction.isReadOnly()) {
            count.incrementAndGet();
        }
    }

    /** How many writing transactions committed here so far. */
    long count() {
        return count.get();
    }
}
