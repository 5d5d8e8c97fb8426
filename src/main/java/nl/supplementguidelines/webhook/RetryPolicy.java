package nl.supplementguidelines.webhook;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with full jitter: after the n-th failure in a row the backoff is {@code initialDelay * 2^(n-1)},
 * capped at {@code maxDelay}, and the wait is drawn uniformly from (0, backoff], so endpoints that failed together (an
 * outage on their side) do not all retry in the same instant. An endpoint failing for longer than {@code retryFor} is
 * disabled.
 */
final class RetryPolicy {

    private final Duration initialDelay;
    private final Duration maxDelay;
    private final Duration retryFor;

    RetryPolicy(WebhookProperties properties) {
        this.initialDelay = properties.initialDelay();
        this.maxDelay = properties.maxDelay();
        this.retryFor = properties.retryFor();
    }

    /** The backoff after the {@code failures}-th failure in a row (from 1): the bound of the wait. */
    Duration backoff(int failures) {
        long millis = initialDelay.toMillis();
        // Doubles at most until the cap: a few dozen steps even for a millisecond and a day.
        for (int n = 1; n < failures && millis < maxDelay.toMillis(); n++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, maxDelay.toMillis()));
    }

    /** The wait before the next attempt: uniform in (0, backoff]. */
    Duration delay(int failures) {
        long bound = backoff(failures).toMillis();
        return Duration.ofMillis(1 + ThreadLocalRandom.current().nextLong(Math.max(bound, 1)));
    }

    /** Whether an endpoint failing since {@code failingFor} has had its time: it is disabled. */
    boolean exhausted(Duration failingFor) {
        return failingFor.compareTo(retryFor) >= 0;
    }
}
