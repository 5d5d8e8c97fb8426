package nl.supplementguidelines.guideline;

import nl.supplementguidelines.dose.DoseView;
import nl.supplementguidelines.evidence.EvidenceLevelView;
import nl.supplementguidelines.guideline.GuidelineViews.AttentionPointView;
import nl.supplementguidelines.guideline.GuidelineViews.Availability;
import nl.supplementguidelines.guideline.GuidelineViews.FootnoteView;
import nl.supplementguidelines.guideline.GuidelineViews.GuidelineDetails;
import nl.supplementguidelines.guideline.GuidelineViews.GuidelineLinks;
import nl.supplementguidelines.guideline.GuidelineViews.GuidelineSummary;
import nl.supplementguidelines.guideline.GuidelineViews.RecommendationView;
import nl.supplementguidelines.guideline.GuidelineViews.RelatedConditionView;
import nl.supplementguidelines.guideline.GuidelineViews.RelatedGuidelineView;
import nl.supplementguidelines.guideline.GuidelineViews.SourceView;
import nl.supplementguidelines.nutrient.NutrientRecommendation;
import nl.supplementguidelines.nutrient.NutrientRecommendation.GuidelineReference;
import nl.supplementguidelines.nutrient.NutrientInfo;
import nl.supplementguidelines.referencelevel.LevelCheck;
import nl.supplementguidelines.referencelevel.GuidelineDoseLevels;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Hand-written mapping from entities to response records. Runs inside the service's transaction. */
final class GuidelineMapper {

    private GuidelineMapper() {
    }

    static GuidelineSummary toSummary(Guideline guideline) {
        return new GuidelineSummary(guideline.getSlug(), guideline.getTitle(), guideline.getLanguage(),
                guideline.getAlternativeNames(), guideline.getLastModified(), GuidelineLinks.forSlug(guideline.getSlug()));
    }

    /**
     * @param existingSlugs the slugs, among the guideline's related guidelines, that name a guideline we have
     * @param nutrients     the nutrients of the guideline's recommendations and attention points, by id
     */
    static GuidelineDetails toDetails(Guideline guideline, Set<String> existingSlugs, GuidelineDoseLevels levels, Map<Long, NutrientInfo> nutrients) {
        return new GuidelineDetails(
                guideline.getSlug(),
                guideline.getTitle(),
                guideline.getLanguage(),
                guideline.getAlternativeNames(),
                guideline.getDescription(),
                guideline.getCauses(),
                guideline.getRelatedConditions().stream()
                        .map(condition -> new RelatedConditionView(condition.getName(), condition.getExamples()))
                        .toList(),
                guideline.getCausalityStatement(),
                guideline.getGoal(),
                toRecommendationViews(guideline, levels, nutrients),
                guideline.getAttentionPoints().stream().map(point -> toView(point, nutrients)).toList(),
                guideline.getRelatedGuidelines().stream().map(related -> toView(related, existingSlugs)).toList(),
                guideline.getFootnotes().stream().map(GuidelineMapper::toView).toList(),
                guideline.getEditorialNotes(),
                new SourceView(guideline.getSourceTitle(), guideline.getSourceDescription()),
                guideline.getLastModified(),
                GuidelineLinks.forSlug(guideline.getSlug()));
    }

    static List<RecommendationView> toRecommendationViews(Guideline guideline, GuidelineDoseLevels levels, Map<Long, NutrientInfo> nutrients) {
        Map<String, FootnoteView> footnotes = guideline.getFootnotes().stream()
                .collect(Collectors.toMap(Footnote::marker, GuidelineMapper::toView, (a, b) -> a));
        return guideline.getRecommendations().stream()
                .map(recommendation -> toView(recommendation, nutrients.get(recommendation.getNutrientId()), footnotes::get, levels))
                .toList();
    }

    /** The recommendation's dose against the nutrient's reference levels, citing the guideline and each level. */
    static LevelCheck levelCheck(Recommendation recommendation, NutrientInfo nutrient, GuidelineDoseLevels levels) {
        return levels.check(nutrient.id(), recommendation.getDose(), nutrient.iuPerMicrogram(),
                recommendation.getGuideline().getTitle());
    }

    static GuidelineReference toReference(Guideline guideline) {
        return new GuidelineReference(guideline.getSlug(), guideline.getTitle(), GuidelineViews.hrefOf(guideline.getSlug()));
    }

    static NutrientRecommendation toNutrientRecommendation(Recommendation recommendation, NutrientInfo nutrient, GuidelineDoseLevels levels) {
        return new NutrientRecommendation(
                toReference(recommendation.getGuideline()),
                recommendation.getPosition(),
                recommendation.getQualifier(),
                recommendation.getEffects(),
                DoseView.of(recommendation.getDose()),
                EvidenceLevelView.of(recommendation.getEvidence()),
                levelCheck(recommendation, nutrient, levels));
    }

    private static RecommendationView toView(Recommendation recommendation, NutrientInfo nutrient, Function<String, FootnoteView> footnotes,
            GuidelineDoseLevels levels) {
        String marker = recommendation.getDoseFootnoteMarker();
        return new RecommendationView(
                recommendation.getPosition(),
                nutrient.reference(),
                recommendation.getQualifier(),
                recommendation.getEffects(),
                DoseView.of(recommendation.getDose()),
                marker == null ? null : footnotes.apply(marker),
                EvidenceLevelView.of(recommendation.getEvidence()),
                levelCheck(recommendation, nutrient, levels));
    }

    private static AttentionPointView toView(AttentionPoint point, Map<Long, NutrientInfo> nutrients) {
        Long nutrientId = point.getNutrientId();
        return new AttentionPointView(point.getPosition(), point.getText(),
                nutrientId == null ? null : nutrients.get(nutrientId).reference(),
                point.getEditorialNote());
    }

    private static RelatedGuidelineView toView(RelatedGuideline related, Set<String> existingSlugs) {
        boolean available = existingSlugs.contains(related.targetSlug());
        return new RelatedGuidelineView(related.targetSlug(), related.targetTitle(),
                available ? Availability.AVAILABLE : Availability.NOT_YET_AVAILABLE,
                available ? GuidelineViews.hrefOf(related.targetSlug()) : null);
    }

    private static FootnoteView toView(Footnote footnote) {
        return new FootnoteView(footnote.marker(), footnote.text());
    }
}
