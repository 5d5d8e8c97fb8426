package nl.supplementguidelines.export;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * The bulk export ({@code api.export.*}).
 *
 * @param batchSize     guideline versions read per statement: what the export holds in memory at a time
 * @param maxConcurrent exports that may run at once on this instance; each holds one database connection for its
 *                      whole run (its snapshot), so this keeps the rest of the pool (10) for every other request. One
 *                      more is a 503 with Retry-After
 * @param retryAfterSeconds what a 503 for a busy export tells the client to wait
 * @param maxDuration   the wall-clock time one export may take, checked as versions are written: a client that reads
 *                      slowly holds a connection and a snapshot, so past it the export is cut off (connection closed)
 */
@Validated
@ConfigurationProperties("api.export")
record ExportProperties(
        @Min(1) @Max(1000) @DefaultValue("100") int batchSize,
        @Min(1) @Max(8) @DefaultValue("2") int maxConcurrent,
        @Min(1) @Max(3600) @DefaultValue("5") int retryAfterSeconds,
        @NotNull @DurationMin(millis = 1) @DurationMax(hours = 1) @DefaultValue("5m") Duration maxDuration) {
}
