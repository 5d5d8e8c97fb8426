package nl.supplementguidelines.fhir;

import nl.supplementguidelines.guideline.GuidelineDocument;
import nl.supplementguidelines.guideline.GuidelineVersions.VersionEntry;

import java.util.Map;

/**
 * One published version with what its resources need: the document, its index entry (status, publication time)
 * and the names of its nutrients by slug.
 */
record GuidelineVersion(GuidelineDocument document, VersionEntry entry, Map<String, String> nutrientNames) {

    int number() {
        return entry.version();
    }

    /** FHIR's publication status: the CURRENT version is active; a superseded or withdrawn one is retired. */
    String status() {
        return statusOf(entry.status());
    }

    static String statusOf(String guidelineStatus) {
        return "CURRENT".equals(guidelineStatus) ? "active" : "retired";
    }

    String nutrientName(String slug) {
        return nutrientNames.getOrDefault(slug, slug);
    }

    /** Where every fact of the version comes from: the source document, as this version of ours publishes it. */
    String citation() {
        return document.source().title() + " (" + document.slug() + "@" + entry.version() + ", /api/v1/guidelines/" + document.slug()
                + "/versions/" + entry.version() + ")";
    }
}
