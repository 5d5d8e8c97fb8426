package nl.supplementguidelines.web;

import jakarta.validation.GroupSequence;
import jakarta.validation.groups.Default;

/**
 * The order in which request bodies are validated: first the presence and sizes of their lists (group
 * {@link Sizes}), and only when those are right the constraints of each element ({@link Default}). A list of 20,000
 * blank strings costs one size check and one error, instead of 20,000 element checks and 20,000 errors.
 * Controllers validate bodies with {@code @Validated(BodyValidation.SizesFirst.class)}; Spring MVC's binders do that in
 * one walk of the body where it gives the same errors ({@code web.admission.SizesFirstValidator}).
 */
public final class BodyValidation {

    private BodyValidation() {
    }

    /** Constraints that are checked before anything looks at the elements of a list. */
    public interface Sizes {
    }

    @GroupSequence({Sizes.class, Default.class})
    public interface SizesFirst {
    }
}
