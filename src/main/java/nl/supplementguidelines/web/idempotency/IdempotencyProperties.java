package nl.supplementguidelines.web.idempotency;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Idempotency-Key records ({@code api.idempotency.*}).
 *
 * @param retention       how long an answer is replayed; after that the key may be used again (at least a minute: a
 *                        client's retries of one request fall well within it)
 * @param cleanupInterval how often a write with a key also deletes the records past their retention
 */
@Validated
@ConfigurationProperties("api.idempotency")
record IdempotencyProperties(
        @NotNull @DefaultValue("24h") Duration retention,
        @NotNull @DefaultValue("1m") Duration cleanupInterval) {

    IdempotencyProperties {
        if (retention.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("api.idempotency.retention must be at least 1m");
        }
        if (cleanupInterval.isNegative() || cleanupInterval.isZero()) {
            throw new IllegalArgumentException("api.idempotency.cleanup-interval must be positive");
        }
    }
}
