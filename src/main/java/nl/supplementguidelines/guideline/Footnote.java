package nl.supplementguidelines.guideline;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A footnote of the source document, referred to by its marker (such as {@code *}). */
@Embeddable
record Footnote(
        @Column(name = "marker", nullable = false, length = 10) String marker,
        @Column(name = "text", nullable = false, length = 1000) String text) {
}
