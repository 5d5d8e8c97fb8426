package nl.supplementguidelines.editing;

import nl.supplementguidelines.web.problem.ResourceNotFound;

/** A draft, guideline or version the editing operation names does not exist: 404. */
final class EditingNotFound extends ResourceNotFound {

    private EditingNotFound(String message) {
        super(message);
    }

    static EditingNotFound draft(String slug) {
        return new EditingNotFound("Guideline '" + slug + "' has no draft.");
    }

    static EditingNotFound guideline(String slug) {
        return new EditingNotFound("No guideline with slug '" + slug + "' has been published.");
    }

    static EditingNotFound version(String slug, int version) {
        return new EditingNotFound("Guideline '" + slug + "' has no version " + version + ".");
    }
}
