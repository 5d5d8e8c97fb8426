package nl.supplementguidelines.guideline;

import java.time.Instant;

/** Which version of its guideline a row is, and who published it when, with what change note. Never changes. */
record Publication(
        int version,
        Instant publishedAt,
        String publishedBy,
        String changeNote) {
}
