package nl.supplementguidelines.guideline;

/** A footnote of the source document, referred to by its marker (such as {@code *}). */
record Footnote(
        String marker,
        String text) {
}
