package nl.supplementguidelines.guideline;

import nl.supplementguidelines.web.problem.ResourceNotFound;

class GuidelineNotFound extends ResourceNotFound {

    private GuidelineNotFound(String message) {
        super(message);
    }

    public static GuidelineNotFound forSlug(String slug) {
        return new GuidelineNotFound("There is no guideline with slug '" + slug + "'.");
    }
}
