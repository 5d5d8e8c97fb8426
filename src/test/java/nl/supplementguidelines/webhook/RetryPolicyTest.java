package nl.supplementguidelines.webhook;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The production policy: 5 s doubling to an hour, full jitter, disabled after 24 h of failures. */
class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(new WebhookProperties(true, Duration.ofSeconds(1), 20, 4, Duration.ofSeconds(5),
            Duration.ofHours(1), Duration.ofHours(24), Duration.ofSeconds(3), Duration.ofSeconds(5), Duration.ofSeconds(30), 1000, 20, false, false));

    @Test
    void theBackoffDoublesFromFiveSecondsUpToAnHour() {
        assertThat(IntStream.rangeClosed(1, 12).mapToObj(policy::backoff).map(Duration::toSeconds).toList())
                .containsExactly(5L, 10L, 20L, 40L, 80L, 160L, 320L, 640L, 1280L, 2560L, 3600L, 3600L);
        assertThat(policy.backoff(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theWaitIsAJitteredShareOfTheBackoff() {
        for (int failures = 1; failures <= 4; failures++) {
            Duration bound = policy.backoff(failures);
            int n = failures;
            assertThat(IntStream.range(0, 200).mapToObj(i -> policy.delay(n)))
                    .allSatisfy(delay -> assertThat(delay).isPositive().isLessThanOrEqualTo(bound))
                    .as("spread over the whole range, not a fixed share").anySatisfy(delay -> assertThat(delay).isLessThan(bound.dividedBy(4)))
                    .anySatisfy(delay -> assertThat(delay).isGreaterThan(bound.multipliedBy(3).dividedBy(4)));
        }
    }

    @Test
    void anEndpointIsDisabledOnceItFailedForTheRetryWindow() {
        assertThat(policy.exhausted(Duration.ofHours(23))).isFalse();
        assertThat(policy.exhausted(Duration.ofHours(24))).isTrue();
    }
}
