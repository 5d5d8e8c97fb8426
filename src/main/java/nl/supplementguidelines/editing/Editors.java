package nl.supplementguidelines.editing;

import nl.supplementguidelines.web.problem.ProblemException;
import nl.supplementguidelines.web.problem.ProblemType;
import org.jspecify.annotations.Nullable;

import java.security.Principal;

/** The subject of the authenticated editor, which drafts and versions record as created/updated/published by. */
final class Editors {

    private Editors() {
    }

    static String subject(@Nullable Principal principal) {
        if (principal == null || principal.getName() == null || principal.getName().isBlank()) {
            // Never open by default: without an authenticated editor nothing is written.
            throw new ProblemException(ProblemType.REQUEST_ERROR, "Editing needs an authenticated editor.");
        }
        return principal.getName();
    }
}
