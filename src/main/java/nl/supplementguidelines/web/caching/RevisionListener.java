package nl.supplementguidelines.web.caching;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * LISTENs on the channel {@code content_revision}, which the revision trigger notifies on every committed change
 * (V22), on a thread and a connection of its own: requests never wait for it. After a failure it reconnects, waiting
 * 0.1 s, then twice as long each time, at most 5 s. It pings the server every 5 s so a dead connection is noticed.
 */
final class RevisionListener implements AutoCloseable {

    /** What the listener tells the content version; called on the listener's thread. */
    interface Events {

        /** LISTEN is in place: every change committed from now on will be announced. */
        void listening();

        /** A change was committed (one or more notifications). */
        void changed();

        /** The connection is gone: changes may go unannounced until {@link #listening()} again. */
        void lost();
    }

    static final String CHANNEL = "content_revision";

    private static final Log log = LogFactory.getLog(ContentVersion.class);
    private static final int WAIT_MILLIS = 250;
    private static final long PING_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final long FIRST_BACKOFF_MILLIS = 100;
    private static final long MAX_BACKOFF_MILLIS = 5000;

    private final ListenConnections connections;
    private final Events events;
    private final Thread thread;
    private volatile boolean closed;

    RevisionListener(ListenConnections connections, Events events) {
        this.connections = connections;
        this.events = events;
        this.thread = new Thread(this::run, "content-revision-listener");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        try {
            listenUntilClosed();
        } finally {
            // Whatever ended the thread (an Error too): the instance must not believe it is still notified.
            events.lost();
        }
    }

    private void listenUntilClosed() {
        long backoff = FIRST_BACKOFF_MILLIS;
        boolean failedBefore = false;
        while (!closed) {
            try (Connection connection = connections.open()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                events.listening();
                if (failedBefore) {
                    log.info("Listening for content changes again");
                }
                long listeningSince = System.nanoTime();
                try {
                    listen(connection, notifications);
                } finally {
                    // The wait starts over only after a connection that lasted a ping interval: one that drops right
                    // after LISTEN (a proxy, a server ending sessions) must not make the listener reconnect 10 times a second.
                    if (System.nanoTime() - listeningSince >= PING_NANOS) {
                        backoff = FIRST_BACKOFF_MILLIS;
                        failedBefore = false;
                    }
                }
            } catch (SQLException | RuntimeException failure) {
                events.lost();
                if (closed) {
                    return;
                }
                if (!failedBefore) {
                    log.warn("Not listening for content changes (" + failure.getMessage() + "): the content version is "
                            + "read per request (api.cache.version-check-interval) until the listener reconnects");
                }
                failedBefore = true;
                sleep(backoff);
                backoff = Math.min(MAX_BACKOFF_MILLIS, backoff * 2);
            }
        }
    }

    private void listen(Connection connection, PGConnection notifications) throws SQLException {
        long pinged = System.nanoTime();
        while (!closed) {
            PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
            if (received != null && received.length > 0) {
                events.changed();
            }
            if (System.nanoTime() - pinged > PING_NANOS) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("select 1");
                }
                pinged = System.nanoTime();
            }
        }
    }

    /** Waits before reconnecting, in short steps so that closing is not held up by a long backoff. */
    private void sleep(long millis) {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        try {
            while (!closed && System.nanoTime() - until < 0) {
                Thread.sleep(Math.min(100, millis));
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    /** Stops listening within one wait (a quarter of a second) and closes the connection. */
    @Override
    public void close() {
        closed = true;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(2));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
