package nl.supplementguidelines.guideline;

import nl.supplementguidelines.guideline.TranslationTexts.ConditionTexts;
import nl.supplementguidelines.guideline.TranslationTexts.RecommendationTexts;
import nl.supplementguidelines.resolve.FieldErrors;
import nl.supplementguidelines.resolve.FieldPath;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;

/**
 * Whether a translation has exactly the structure of the version it translates: every list as long, every optional
 * text present exactly when the version has it. Each mismatch is an error at its field path, all reported together.
 * Texts are matched by position, so a translation that is one item short would shift every text after it.
 */
final class TranslationStructure {

    private TranslationStructure() {
    }

    static void check(TranslationTexts texts, Guideline version, FieldErrors errors) {
        unknown(null, texts.unknown(), errors);
        for (int i = 0; i < texts.relatedConditions().size(); i++) {
            unknown(FieldPath.of("relatedConditions").at(i), texts.relatedConditions().get(i).unknown(), errors);
        }
        for (int i = 0; i < texts.recommendations().size(); i++) {
            unknown(FieldPath.of("recommendations").at(i), texts.recommendations().get(i).unknown(), errors);
        }
        count(FieldPath.of("alternativeNames"), texts.alternativeNames(), version.getAlternativeNames().size(), errors);
        count(FieldPath.of("causes"), texts.causes(), version.getCauses().size(), errors);
        List<RelatedCondition> conditions = version.getRelatedConditions();
        if (count(FieldPath.of("relatedConditions"), texts.relatedConditions(), conditions.size(), errors)) {
            for (int i = 0; i < conditions.size(); i++) {
                ConditionTexts condition = texts.relatedConditions().get(i);
                count(FieldPath.of("relatedConditions").at(i).dot("examples"), condition.examples(), conditions.get(i).getExamples().size(), errors);
            }
        }
        presence(FieldPath.of("causalityStatement"), texts.causalityStatement(), version.getCausalityStatement(), errors);
        presence(FieldPath.of("goal"), texts.goal(), version.getGoal(), errors);
        List<Recommendation> recommendations = version.getRecommendations();
        if (count(FieldPath.of("recommendations"), texts.recommendations(), recommendations.size(), errors)) {
            for (int i = 0; i < recommendations.size(); i++) {
                RecommendationTexts recommendation = texts.recommendations().get(i);
                FieldPath path = FieldPath.of("recommendations").at(i);
                presence(path.dot("qualifier"), recommendation.qualifier(), recommendations.get(i).getQualifier(), errors);
                count(path.dot("effects"), recommendation.effects(), recommendations.get(i).getEffects().size(), errors);
            }
        }
        count(FieldPath.of("attentionPoints"), texts.attentionPoints(), version.getAttentionPoints().size(), errors);
        count(FieldPath.of("footnotes"), texts.footnotes(), version.getFootnotes().size(), errors);
    }

    /** Members a translation does not have: numbers, doses, evidence and slugs are never translated, and nothing is dropped silently. */
    private static void unknown(@Nullable FieldPath parent, @Nullable Map<String, Object> members, FieldErrors errors) {
        if (members == null) {
            return;
        }
        members.keySet().stream().limit(TranslationTexts.MAX_ITEMS).forEach(name -> errors.add(parent == null ? FieldPath.of(name) : parent.dot(name),
                "is not a member of a translation, which holds texts only (numbers, doses, evidence and slugs stay the version's)", null));
    }

    /** Whether the list has the version's length; an error if not. */
    private static boolean count(FieldPath path, List<?> translated, int expected, FieldErrors errors) {
        if (translated.size() == expected) {
            return true;
        }
        errors.add(path, "must have " + expected + " item" + (expected == 1 ? "" : "s") + ", as the version has (has " + translated.size() + ")",
                translated.size());
        return false;
    }

    private static void presence(FieldPath path, @Nullable String translated, @Nullable String original, FieldErrors errors) {
        if (original == null && translated != null) {
            errors.add(path, "must be absent: the version has no such text", translated);
        } else if (original != null && translated == null) {
            errors.add(path, "must be given: the version has this text", null);
        }
    }
}
