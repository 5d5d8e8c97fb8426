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
import nl.supplementguidelines.guideline.GuidelineViews.VersionSummaryView;
import nl.supplementguidelines.guideline.GuidelineViews.VersionView;
import nl.supplementguidelines.nutrient.NutrientRecommendation;
import nl.supplementguidelines.nutrient.NutrientRecommendation.GuidelineReference;
import nl.supplementguidelines.nutrient.NutrientInfo;
import nl.supplementguidelines.referencelevel.LevelCheck;
import nl.supplementguidelines.referencelevel.GuidelineDoseLevels;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Hand-written mapping from rows to response records. Runs inside the service's transaction. */
final class GuidelineMapper {

    private GuidelineMapper() {
    }

    static GuidelineSummary toSummary(Guideline guideline) {
        return toSummary(guideline, null);
    }

    /** @param match why the guideline matched {@code q}; null without {@code q} (the member is then left out) */
    static GuidelineSummary toSummary(Guideline guideline, @Nullable List<SearchMatcher.SearchMatch> match) {
        return new GuidelineSummary(guideline.getSlug(), guideline.getTitle(), guideline.getLanguage(),
                guideline.getListedAlternativeNames(), guideline.getPublication().version(), guideline.getLastModified(),
                GuidelineLinks.forSlug(guideline.getSlug()), match);
    }

    /**
     * @param existingSlugs the slugs, among the guideline's related guidelines, that name a guideline the public can read;
     *                      null for a version by number, whose answer never changes: availability is then not told
     * @param levels        the reference levels of the guideline's nutrients; null for a version by number (not checked)
     * @param nutrients     the nutrients of the guideline's recommendations and attention points, by id
     * @param texts         the version's own texts, or a translation's
     */
    static GuidelineDetails toDetails(Guideline guideline, @Nullable Set<String> existingSlugs, @Nullable GuidelineDoseLevels levels,
            Map<Long, NutrientInfo> nutrients,
            Translated texts) {
        List<RelatedCondition> conditions = guideline.getRelatedConditions();
        List<AttentionPoint> points = guideline.getAttentionPoints();
        return new GuidelineDetails(
                guideline.getSlug(),
                texts.title(guideline),
                texts.language(guideline),
                texts.alternativeNames(guideline),
                texts.description(guideline),
                texts.causes(guideline),
                IntStream.range(0, conditions.size())
                        .mapToObj(i -> new RelatedConditionView(texts.conditionName(conditions.get(i), i), texts.conditionExamples(conditions.get(i), i)))
                        .toList(),
                texts.causalityStatement(guideline),
                texts.goal(guideline),
                toRecommendationViews(guideline, levels, nutrients, texts),
                IntStream.range(0, points.size()).mapToObj(i -> toView(points.get(i), texts.attentionPoint(points.get(i), i), nutrients)).toList(),
                guideline.getRelatedGuidelines().stream().map(related -> toView(related, existingSlugs)).toList(),
                footnotes(guideline, texts),
                guideline.getEditorialNotes(),
                new SourceView(guideline.getSourceTitle(), guideline.getSourceDescription()),
                toVersion(guideline),
                texts.view(),
                guideline.getLastModified(),
                GuidelineLinks.forSlug(guideline.getSlug()));
    }

    static VersionView toVersion(Guideline guideline) {
        Publication publication = guideline.getPublication();
        return new VersionView(publication.version(), publication.publishedAt(), publication.publishedBy(), publication.changeNote(),
                GuidelineViews.versionHrefOf(guideline.getSlug(), publication.version()), GuidelineViews.versionsHrefOf(guideline.getSlug()));
    }

    static VersionSummaryView toVersionSummary(Guideline guideline) {
        Publication publication = guideline.getPublication();
        return new VersionSummaryView(publication.version(), publication.publishedAt(), publication.publishedBy(), publication.changeNote(),
                guideline.getStatus(), GuidelineViews.versionHrefOf(guideline.getSlug(), publication.version()));
    }

    static List<RecommendationView> toRecommendationViews(Guideline guideline, @Nullable GuidelineDoseLevels levels, Map<Long, NutrientInfo> nutrients,
            Translated texts) {
        List<FootnoteView> footnoteViews = footnotes(guideline, texts);
        Map<String, FootnoteView> footnotes = footnoteViews.stream()
                .collect(Collectors.toMap(FootnoteView::marker, Function.identity(), (a, b) -> a));
        List<Recommendation> recommendations = guideline.getRecommendations();
        return IntStream.range(0, recommendations.size())
                .mapToObj(i -> toView(recommendations.get(i), texts.qualifier(recommendations.get(i), i), texts.effects(recommendations.get(i), i),
                        nutrients.get(recommendations.get(i).getNutrientId()), footnotes::get, levels))
                .toList();
    }

    private static List<FootnoteView> footnotes(Guideline guideline, Translated texts) {
        List<Footnote> footnotes = guideline.getFootnotes();
        return IntStream.range(0, footnotes.size())
                .mapToObj(i -> new FootnoteView(footnotes.get(i).marker(), texts.footnote(footnotes.get(i), i))).toList();
    }

    /** The recommendation's dose against the nutrient's reference levels, citing the guideline and each level. */
    static LevelCheck levelCheck(Recommendation recommendation, NutrientInfo nutrient, GuidelineDoseLevels levels) {
        return levels.check(nutrient.id(), recommendation.getDose(), nutrient.iuPerMicrogram(),
                recommendation.getGuideline().getTitle());
    }

    static GuidelineReference toReference(Guideline guideline) {
        return new GuidelineReference(guideline.getSlug(), guideline.getTitle(), guideline.getPublication().version(),
                GuidelineViews.hrefOf(guideline.getSlug()));
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

    private static RecommendationView toView(Recommendation recommendation, @Nullable String qualifier, List<String> effects, NutrientInfo nutrient,
            Function<String, FootnoteView> footnotes, @Nullable GuidelineDoseLevels levels) {
        String marker = recommendation.getDoseFootnoteMarker();
        return new RecommendationView(
                recommendation.getPosition(),
                nutrient.reference(),
                qualifier,
                effects,
                DoseView.of(recommendation.getDose()),
                marker == null ? null : footnotes.apply(marker),
                EvidenceLevelView.of(recommendation.getEvidence()),
                levels == null ? null : levelCheck(recommendation, nutrient, levels));
    }

    private static AttentionPointView toView(AttentionPoint point, String text, Map<Long, NutrientInfo> nutrients) {
        Long nutrientId = point.getNutrientId();
        return new AttentionPointView(point.getPosition(), text,
                nutrientId == null ? null : nutrients.get(nutrientId).reference(),
                point.getEditorialNote());
    }

    private static RelatedGuidelineView toView(RelatedGuideline related, @Nullable Set<String> existingSlugs) {
        if (existingSlugs == null) {
            // A version's answer is immutable: whether the other guideline is published now is the latest GET's to say.
            return new RelatedGuidelineView(related.targetSlug(), related.targetTitle(), null, GuidelineViews.hrefOf(related.targetSlug()));
        }
        boolean available = existingSlugs.contains(related.targetSlug());
        return new RelatedGuidelineView(related.targetSlug(), related.targetTitle(),
                available ? Availability.AVAILABLE : Availability.NOT_YET_AVAILABLE,
                available ? GuidelineViews.hrefOf(related.targetSlug()) : null);
    }

}
