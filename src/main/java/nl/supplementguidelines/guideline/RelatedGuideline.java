package nl.supplementguidelines.guideline;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A reference from one guideline to another of the series, by slug. It is only a reference: whether
 * the target exists is decided when the guideline is read, so adding the target later resolves it.
 */
@Embeddable
record RelatedGuideline(
        @Column(name = "target_slug", nullable = false, length = 100) String targetSlug,
        @Column(name = "target_title", nullable = false, length = 200) String targetTitle) {
}
