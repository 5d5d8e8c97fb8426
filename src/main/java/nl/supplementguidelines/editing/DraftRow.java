package nl.supplementguidelines.editing;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A row of {@code guideline_draft}: the document as JSON and who wrote it when. */
record DraftRow(String slug, String document, int revision, @Nullable Integer baseVersion, String createdBy, Instant createdAt,
                String updatedBy, Instant updatedAt) {

    /**
     * The strong ETag: the revision, and the creation time so that a draft discarded and started again never repeats
     * the tag of the one before it.
     */
    String etag() {
        return "\"" + createdAt.toEpochMilli() + "." + revision + "\"";
    }
}
