package nl.supplementguidelines.guideline;

import nl.supplementguidelines.guideline.GuidelineViews.TranslationView;
import nl.supplementguidelines.guideline.TranslationTexts.ConditionTexts;
import nl.supplementguidelines.guideline.TranslationTexts.RecommendationTexts;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The texts a representation is written in: the version's own (Dutch) or a translation's, by position. The one mapper
 * asks this for every text, so a translated representation is the same mapping with other words.
 */
record Translated(@Nullable TranslationTexts texts, @Nullable TranslationView view) {

    static final Translated ORIGINAL = new Translated(null, null);

    static Translated of(TranslationTexts texts, TranslationView view) {
        return new Translated(texts, view);
    }

    String language(Guideline guideline) {
        return view == null ? guideline.getLanguage() : view.language();
    }

    String title(Guideline guideline) {
        return texts == null ? guideline.getTitle() : texts.title();
    }

    List<String> alternativeNames(Guideline guideline) {
        return texts == null ? guideline.getAlternativeNames() : texts.alternativeNames();
    }

    String description(Guideline guideline) {
        return texts == null ? guideline.getDescription() : texts.description();
    }

    List<String> causes(Guideline guideline) {
        return texts == null ? guideline.getCauses() : texts.causes();
    }

    @Nullable String causalityStatement(Guideline guideline) {
        return texts == null ? guideline.getCausalityStatement() : texts.causalityStatement();
    }

    @Nullable String goal(Guideline guideline) {
        return texts == null ? guideline.getGoal() : texts.goal();
    }

    String conditionName(RelatedCondition condition, int index) {
        return texts == null ? condition.getName() : condition(index).name();
    }

    List<String> conditionExamples(RelatedCondition condition, int index) {
        return texts == null ? condition.getExamples() : condition(index).examples();
    }

    @Nullable String qualifier(Recommendation recommendation, int index) {
        return texts == null ? recommendation.getQualifier() : recommendation(index).qualifier();
    }

    List<String> effects(Recommendation recommendation, int index) {
        return texts == null ? recommendation.getEffects() : recommendation(index).effects();
    }

    String attentionPoint(AttentionPoint point, int index) {
        return texts == null ? point.getText() : texts.attentionPoints().get(index);
    }

    String footnote(Footnote footnote, int index) {
        return texts == null ? footnote.text() : texts.footnotes().get(index);
    }

    private ConditionTexts condition(int index) {
        return texts.relatedConditions().get(index);
    }

    private RecommendationTexts recommendation(int index) {
        return texts.recommendations().get(index);
    }
}
