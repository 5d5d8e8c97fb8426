package nl.supplementguidelines.guideline;

import nl.supplementguidelines.web.problem.ResourceNotFound;

class GuidelineNotFound extends ResourceNotFound {

    private GuidelineNotFound(String message) {
        super(message);
    }

    public static GuidelineNotFound forSlug(String slug) {
        return new GuidelineNotFound("There is no guideline with slug '" + slug + "'.");
    }

    public static GuidelineNotFound forVersion(String slug, int version) {
        return new GuidelineNotFound("The guideline '" + slug + "' has no published version " + version
                + ". GET " + GuidelineViews.versionsHrefOf(slug) + " lists its versions.");
    }
}
