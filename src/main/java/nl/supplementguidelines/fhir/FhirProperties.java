package nl.supplementguidelines.fhir;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The FHIR representation ({@code api.fhir.*}).
 *
 * @param base         the canonical base of our resources: {@code url} of a PlanDefinition is {@code base/PlanDefinition/slug},
 *                     and the full URLs of bundle entries start with it; an absolute http(s) URL without a trailing slash
 * @param defaultCount how many entries a search bundle has when {@code _count} is not given
 * @param maxCount     the largest {@code _count} a search accepts
 */
@Validated
@ConfigurationProperties("api.fhir")
public record FhirProperties(
        @NotBlank @Pattern(regexp = "https?://[^\\s/?#]+(/[^\\s?#]*[^\\s?#/])?", message = "must be an absolute http(s) URL without a trailing slash")
        @DefaultValue("https://supplement-guidelines.nl/fhir") String base,
        @Min(1) @Max(1000) @DefaultValue("20") int defaultCount,
        @Min(1) @Max(1000) @DefaultValue("100") int maxCount) {

    public FhirProperties {
        if (defaultCount > maxCount) {
            throw new IllegalArgumentException("api.fhir.default-count must not exceed api.fhir.max-count");
        }
    }
}
