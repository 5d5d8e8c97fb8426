package nl.supplementguidelines.fhir;

import org.springframework.stereotype.Component;

/** The canonical URLs and full URLs of our resources, under the configured base ({@link FhirProperties#base}). */
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

    /** The canonical of a guideline's recommendation at a position, the same for all versions that have it. */
    String activityCanonical(String slug, int position) {
        return base + "/ActivityDefinition/" + slug + "-" + position;
    }

    String evidenceSystem() {
        return base + "/CodeSystem/" + EvidenceCodeSystem.ID;
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
