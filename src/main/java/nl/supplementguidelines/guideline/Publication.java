package nl.supplementguidelines.guideline;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** Which version of its guideline a row is, and who published it when, with what change note. Never changes. */
@Embeddable
record Publication(
        @Column(name = "version", nullable = false) int version,
        @Column(name = "published_at", nullable = false) Instant publishedAt,
        @Column(name = "published_by", nullable = false, length = 200) String publishedBy,
        @Column(name = "change_note", nullable = false, length = 2000) String changeNote) {
}
