package nl.supplementguidelines.guideline;

/**
 * Where a published version stands. A guideline has at most one live version (CURRENT or WITHDRAWN); the versions
 * before it are SUPERSEDED. Versions stay readable whatever their status.
 */
enum GuidelineStatus {
    /** The version {@code GET /guidelines/{slug}} serves. */
    CURRENT,
    /** A later version was published. */
    SUPERSEDED,
    /** The guideline was withdrawn while this was its latest version: it answers 410 Gone. */
    WITHDRAWN
}
