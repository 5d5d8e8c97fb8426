package nl.supplementguidelines.support;

import nl.supplementguidelines.support.Http.Response;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * For a change made by plain SQL, which the API learns of by the database's notification: on PostgreSQL that arrives
 * a few milliseconds after the commit, on the embedded H2 at once. Half a second is well below the max age of a read
 * of the content version (1 s), so a test that waits this long still fails when no notification comes.
 */
public final class Eventually {

    /** How long a plain SQL change may take to be served. */
    public static final Duration SQL_CHANGE = Duration.ofMillis(500);

    private Eventually() {
    }

    /** GETs {@code path} until {@code done} holds or {@link #SQL_CHANGE} has passed; the last answer either way. */
    public static Response get(Http http, Predicate<Response> done, String path, String... headers) {
        long start = System.nanoTime();
        Response response = http.get(path, headers);
        while (!done.test(response) && System.nanoTime() - start < SQL_CHANGE.toNanos()) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return response;
            }
            response = http.get(path, headers);
        }
        return response;
    }

    /** Runs {@code attempt} until {@code done} holds of its outcome or {@link #SQL_CHANGE} has passed; the last outcome either way. */
    public static <T> T until(Supplier<T> attempt, Predicate<T> done) {
        return until(attempt, done, SQL_CHANGE);
    }

    /** As {@link #until(Supplier, Predicate)}, for something that takes longer by design (a webhook's retries): at most {@code bound}. */
    public static <T> T until(Supplier<T> attempt, Predicate<T> done, Duration bound) {
        long start = System.nanoTime();
        T outcome = attempt.get();
        while (!done.test(outcome) && System.nanoTime() - start < bound.toNanos()) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return outcome;
            }
            outcome = attempt.get();
        }
        return outcome;
    }
}
