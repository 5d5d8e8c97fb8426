package nl.supplementguidelines.guideline;

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
record GuidelinePart(
        String kind,
        int ownerPosition,
        int position,
        String text,
        @Nullable String detail,
        @Nullable Long nutrientId,
        boolean targetCurrent) {
}
