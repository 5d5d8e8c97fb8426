package nl.supplementguidelines.editing;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A row of {@code guideline_draft}: the document as JSON and who wrote it when. */
record DraftRow(String slug, String document, int revision, @Nullable Integer baseVersion, String createdBy, Instant createdAt,
                String updatedBy, Instant updatedAt) {

    /**
     * The strong ETag: the revision, and the creation time so that a draft discarded and started again never repeats
     * the tag of the one before it. In microseconds, exactly the created_at the compare-and-set of {@link DraftStore}
     * compares (the service truncates it to microseconds, as the column stores it): in milliseconds two drafts started
     * within one millisecond had the same tag.
     */
    String etag() {
        return "\"" + ChronoUnit.MICROS.between(Instant.EPOCH, createdAt) + "." + revision + "\"";
    }
}
