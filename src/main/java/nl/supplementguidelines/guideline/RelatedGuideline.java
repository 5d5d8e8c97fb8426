package nl.supplementguidelines.guideline;

/**
 * A reference from one guideline to another of the series, by slug. It is only a reference: whether
 * the target exists is decided when the guideline is read, so adding the target later resolves it.
 */
record RelatedGuideline(
        String targetSlug,
        String targetTitle) {
}
