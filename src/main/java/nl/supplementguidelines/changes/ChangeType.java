package nl.supplementguidelines.changes;

/** What a change event says happened. Stored by name: a type is never renamed. */
public enum ChangeType {

    /** A guideline version was published (the first or a later one): fetch {@code /guidelines/{slug}/versions/{n}}. */
    GUIDELINE_PUBLISHED,
    /** A guideline was withdrawn; {@code version} is its last version, which stays readable. */
    GUIDELINE_WITHDRAWN,
    /** A translation of a published version was added; {@code language} says which. */
    TRANSLATION_PUBLISHED,
    /** A nutrient was added. */
    NUTRIENT_ADDED
}
