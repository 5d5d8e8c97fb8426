package nl.supplementguidelines.web.admission;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * What a request may ask of the API before any work is done on it ({@code api.limits.*}). The largest valid request
 * (50 intakes with 100-character names and wording, every optional field filled) is about 16 KB of JSON, so 64 KB
 * leaves room for formatting and still bounds what a body can cost to parse. The JSON reader's limits match: no string
 * can be longer than the body, and the API's documents nest three levels deep and carry numbers of at most 27
 * characters.
 *
 * @param maxBodySize     the largest request body accepted; a larger one gets a 413 problem before it is read
 * @param maxNestingDepth how deeply arrays and objects may nest in a JSON body
 * @param maxNumberLength the longest number (in characters) in a JSON body
 */
@Validated
@ConfigurationProperties("api.limits")
public record AdmissionProperties(
        @NotNull @DefaultValue("64KB") DataSize maxBodySize,
        @Min(4) @Max(1000) @DefaultValue("16") int maxNestingDepth,
        @Min(30) @Max(1000) @DefaultValue("50") int maxNumberLength) {

    public AdmissionProperties {
        if (maxBodySize.toBytes() < 1024 || maxBodySize.toBytes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("api.limits.max-body-size must be between 1KB and 2GB");
        }
    }

    public long maxBodyBytes() {
        return maxBodySize.toBytes();
    }
}
