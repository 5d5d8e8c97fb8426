package nl.supplementguidelines.guideline;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * One row of the view {@code guideline_part} (V27): a text part of a version, whichever table it is kept in. Read
 * together so that a guideline of any size loads its parts in one statement; {@link GuidelineParts} sorts them out.
 *
 * @param kind          which part: see {@link GuidelineParts}
 * @param ownerPosition the position of the recommendation or related condition the part belongs to; 0 for the guideline's own
 * @param detail        the second text of a part that has one (a footnote's marker, a related guideline's slug, an attention point's note)
 * @param targetCurrent for a related guideline: whether its target has a CURRENT version now
 */
@Embeddable
record GuidelinePart(
        @Column(name = "kind", nullable = false, length = 1) String kind,
        @Column(name = "owner_position", nullable = false) int ownerPosition,
        @Column(name = "position", nullable = false) int position,
        @Column(name = "text", nullable = false, length = 2000) String text,
        @Column(name = "detail", length = 1000) @Nullable String detail,
        @Column(name = "nutrient_id") @Nullable Long nutrientId,
        @Column(name = "target_current", nullable = false) boolean targetCurrent) {
}
