package nl.supplementguidelines.guideline;

/** One published version of a guideline, as an index of what refs name: its slug, number and whether it is the CURRENT one. */
public record PublishedVersion(String slug, int version, boolean current) {
}
