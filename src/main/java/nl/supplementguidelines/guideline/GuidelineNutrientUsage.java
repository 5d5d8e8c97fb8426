package nl.supplementguidelines.guideline;

import nl.supplementguidelines.nutrient.Nutrient;
import nl.supplementguidelines.nutrient.NutrientRecommendation;
import nl.supplementguidelines.nutrient.NutrientUsage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Answers the nutrient feature's reverse lookup from the recommendations this feature owns. */
@Component
class GuidelineNutrientUsage implements NutrientUsage {

    private final RecommendationRepository recommendations;

    GuidelineNutrientUsage(RecommendationRepository recommendations) {
        this.recommendations = recommendations;
    }

    @Override
    @Transactional(readOnly = true)
    public List<NutrientRecommendation> recommendationsOf(Nutrient nutrient) {
        return recommendations.findByNutrient(nutrient).stream().map(GuidelineMapper::toNutrientRecommendation).toList();
    }
}
