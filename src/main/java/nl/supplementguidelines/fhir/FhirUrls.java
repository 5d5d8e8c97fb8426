package nl.supplementguidelines.fhir;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The canonical URLs of our resources, under the configured base ({@link FhirProperties#base}); full URLs under the request's. */
@Component
class FhirUrls {

    private final String base;

    FhirUrls(FhirProperties properties) {
        this.base = properties.base();
    }

    String base() {
        return base;
    }

    /** The canonical of a guideline, the same for all its versions ({@code version} tells them apart). */
    String planCanonical(String slug) {
        return base + "/PlanDefinition/" + slug;
    }

    /** The canonical of a guideline's recommendation of a nutrient (one per nutrient), the same for all versions that have it. */
    String activityCanonical(String slug, String nutrient) {
        return base + "/ActivityDefinition/" + slug + "." + nutrient;
    }

    String evidenceSystem() {
        return base + "/CodeSystem/" + EvidenceCodeSystem.ID;
    }

    /** Where this request reached /fhir (scheme, host, port as the client named them): for fullUrl and links, not canonicals. */
    static String requestBase() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(FhirController.PATH).build().toUriString();
    }

    String full(String type, String id) {
        return base + "/" + type + "/" + id;
    }

    /** The slug a PlanDefinition canonical names, or null when it is no canonical of ours. */
    @org.jspecify.annotations.Nullable String slugOfPlanCanonical(String url) {
        String prefix = base + "/PlanDefinition/";
        return url.startsWith(prefix) ? url.substring(prefix.length()) : null;
    }
}
