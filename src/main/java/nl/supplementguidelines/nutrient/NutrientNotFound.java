package nl.supplementguidelines.nutrient;

import nl.supplementguidelines.web.problem.ResourceNotFound;

class NutrientNotFound extends ResourceNotFound {

    private NutrientNotFound(String message) {
        super(message);
    }

    public static NutrientNotFound forSlug(String slug) {
        return new NutrientNotFound("There is no nutrient with slug '" + slug + "'.");
    }
}
