package nl.supplementguidelines.web;

/**
 * Marks a request body that is read strictly: a member the type does not have is a 400 naming it, instead of being
 * dropped. For bodies that write content (no mass assignment, and no typo such as {@code "evidnce"} silently lost).
 * The types nested in such a body are read the same way.
 */
public interface StrictJsonBody {
}
