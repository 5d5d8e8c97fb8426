package nl.supplementguidelines.webhook;

import nl.supplementguidelines.changes.ChangeAppended;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Finds the endpoints that are due, claims each for this instance (a lease in the database, so that of several instances
 * on one database only one delivers to an endpoint at a time, and ordering per endpoint holds), and hands each to
 * {@link EndpointDelivery} on a small pool. Ticks every {@code poll-interval} and right after a local commit of an event.
 * A tick claims at most {@code batch-size} endpoints and never more than the pool has room for.
 */
@Component
public class WebhookDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    /** How long stop() waits for sends in flight before interrupting them. */
    private static final long SEND_GRACE_MILLIS = 500;

    private final EndpointStore endpoints;
    private final EndpointDelivery delivery;
    private final WebhookProperties properties;
    private final String owner = "instance-" + UUID.randomUUID();
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final Semaphore slots;
    private volatile boolean stopping;
    private volatile ScheduledExecutorService ticker;
    private volatile ExecutorService pool;

    WebhookDispatcher(EndpointStore endpoints, EndpointDelivery delivery, WebhookProperties properties) {
        this.endpoints = endpoints;
        this.delivery = delivery;
        this.properties = properties;
        this.slots = new Semaphore(properties.concurrency());
    }

    @Override
    public synchronized void start() {
        if (!properties.enabled() || ticker != null) {
            return;
        }
        stopping = false;
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "webhook-dispatcher"));
        pool = Executors.newFixedThreadPool(properties.concurrency(), runnable -> daemon(runnable, "webhook-delivery"));
        long interval = properties.pollInterval().toMillis();
        ticker.scheduleWithFixedDelay(this::tick, interval, interval, TimeUnit.MILLISECONDS);
    }

    /**
     * Stops claiming, lets a running tick end (so it claims nothing it cannot hand on), gives sends in flight a moment,
     * then interrupts them: an interrupted attempt counts for nothing and releases its claim, so another instance can
     * take the endpoint over at once rather than after the lease.
     */
    @Override
    public synchronized void stop() {
        if (ticker == null) {
            return;
        }
        stopping = true;
        ticker.shutdown();
        try {
            if (!ticker.awaitTermination(properties.lease().toMillis(), TimeUnit.MILLISECONDS)) {
                ticker.shutdownNow();
            }
            pool.shutdown();
            if (!pool.awaitTermination(SEND_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
                pool.awaitTermination(properties.connectTimeout().plus(properties.readTimeout()).toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            ticker.shutdownNow();
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
        ticker = null;
        pool = null;
    }

    @Override
    public boolean isRunning() {
        return ticker != null;
    }

    /** The id this instance claims endpoints with (lease_owner). */
    public String owner() {
        return owner;
    }

    /** An event committed on this instance: look now rather than at the next poll. */
    @TransactionalEventListener
    void afterCommit(ChangeAppended appended) {
        wake();
    }

    void wake() {
        ScheduledExecutorService current = ticker;
        if (current != null) {
            try {
                current.execute(this::tick);
            } catch (RejectedExecutionException stopping) {
                // Shutting down: the next instance picks up from the cursor.
            }
        }
    }

    private void tick() {
        ExecutorService workers = pool;
        try {
            Instant now = endpoints.now();
            List<String> due = endpoints.due(now, properties.batchSize());
            for (String id : due) {
                if (stopping || workers == null) {
                    return;
                }
                if (running.contains(id) || !slots.tryAcquire()) {
                    continue;
                }
                if (!endpoints.claim(id, owner, now, now.plus(properties.lease()))) {
                    slots.release();
                    continue;
                }
                running.add(id);
                try {
                    workers.execute(() -> deliver(id));
                } catch (RejectedExecutionException shuttingDown) {
                    free(id);
                    return;
                }
            }
        } catch (RuntimeException e) {
            // A database that is away for a moment: the next tick tries again.
            log.warn("Webhook dispatch tick failed: {}", e.toString());
        }
    }

    private void deliver(String id) {
        boolean more = false;
        try {
            more = delivery.run(id, owner);
        } catch (RuntimeException e) {
            log.warn("Webhook delivery to endpoint {} failed: {}", id, e.toString());
        } finally {
            // Interrupted (stop()): release all the same, with the flag cleared so the database call is not refused.
            boolean interrupted = Thread.interrupted();
            free(id);
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (more && !stopping) {
            wake();
        }
    }

    /** Gives up the claim and the slot. */
    private void free(String id) {
        try {
            endpoints.release(id, owner);
        } catch (RuntimeException e) {
            log.warn("Could not release webhook endpoint {} (its lease expires): {}", id, e.toString());
        }
        running.remove(id);
        slots.release();
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
