package nl.supplementguidelines.guideline;

import nl.supplementguidelines.nutrient.NutrientInfo;
import nl.supplementguidelines.nutrient.NutrientRecommendation;
import nl.supplementguidelines.nutrient.NutrientUsage;
import nl.supplementguidelines.referencelevel.GuidelineDoseLevels;
import nl.supplementguidelines.referencelevel.ReferenceLevels;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Answers the nutrient feature's reverse lookup from the recommendations this feature owns. */
@Component
class GuidelineNutrientUsage implements NutrientUsage {

    private final RecommendationRows recommendations;
    private final ReferenceLevels referenceLevels;

    GuidelineNutrientUsage(RecommendationRows recommendations, ReferenceLevels referenceLevels) {
        this.recommendations = recommendations;
        this.referenceLevels = referenceLevels;
    }

    @Override
    @Transactional(readOnly = true)
    public List<NutrientRecommendation> recommendationsOf(NutrientInfo nutrient) {
        GuidelineDoseLevels levels = referenceLevels.forGuidelineDoses(List.of(nutrient.id()));
        return recommendations.findByNutrientId(nutrient.id()).stream()
                .map(recommendation -> GuidelineMapper.toNutrientRecommendation(recommendation, nutrient, levels))
                .toList();
    }
}
