package nl.supplementguidelines.web.ratelimit;

import nl.supplementguidelines.web.CostedRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RequestPriceTest {

    private static RateLimitProperties prices(long postCost, long itemCost) {
        return new RateLimitProperties(true, 300, 100, Duration.ofSeconds(1), 1000, postCost, itemCost, 100,
                RateLimitProperties.Store.MEMORY, 10L, Duration.ofMillis(200));
    }

    @Test
    void aPostCostsItsBasePlusItsItems() {
        assertThat(prices(5, 1).priceOf(0)).isEqualTo(5);
        assertThat(prices(5, 1).priceOf(60)).isEqualTo(65);
        assertThat(prices(2, 3).priceOf(10)).isEqualTo(32);
    }

    @Test
    void aListIsCountedAtMostUpToItsLimit() {
        assertThat(CostedRequest.count(null, 10)).isZero();
        assertThat(CostedRequest.count(List.of("a", "b"), 10)).isEqualTo(2);
        assertThat(CostedRequest.count(Collections.nCopies(20_000, ""), 10)).isEqualTo(10);
    }
}
