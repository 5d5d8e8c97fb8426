package nl.supplementguidelines.fhir;

import nl.supplementguidelines.guideline.GuidelineDocument;
import nl.supplementguidelines.guideline.GuidelineVersions.VersionEntry;
import nl.supplementguidelines.guideline.GuidelineVersions.WithdrawalNote;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Map;

/**
 * One published version with what its resources need: the document, its index entry (status, publication time),
 * the names of its nutrients by slug, and for a retired version when it was retired: its withdrawal, or the
 * publication of its successor.
 */
record GuidelineVersion(GuidelineDocument document, VersionEntry entry, Map<String, String> nutrientNames,
        @Nullable WithdrawalNote withdrawal, @Nullable VersionEntry successor) {

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

    /** When the status last changed (R4's {@code date}): the withdrawal, the successor's publication, or the publication. */
    Instant statusChangedAt() {
        if (withdrawal != null) {
            return withdrawal.at();
        }
        return successor != null ? successor.publishedAt() : entry.publishedAt();
    }

    String nutrientName(String slug) {
        return nutrientNames.getOrDefault(slug, slug);
    }

    String planId() {
        return FhirIds.plan(document.slug(), number());
    }

    String activityId(String nutrient) {
        return FhirIds.activity(document.slug(), number(), nutrient);
    }

    /** Where every fact of the version comes from: the source document, as this version of ours publishes it. */
    String citation() {
        return document.source().title() + " (" + document.slug() + "@" + entry.version() + ", /api/v1/guidelines/" + document.slug()
                + "/versions/" + entry.version() + ")";
    }
}
