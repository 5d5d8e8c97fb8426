package nl.supplementguidelines.guideline;

import nl.supplementguidelines.guideline.TranslationTexts.ConditionTexts;
import nl.supplementguidelines.guideline.TranslationTexts.RecommendationTexts;
import nl.supplementguidelines.web.ControlCharacters;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

/**
 * Whether a translation has exactly the structure of the version it translates: every list as long, every optional
 * text present exactly when the version has it. Each mismatch is an error at its field path, all reported together.
 * Texts are matched by position, so a translation that is one item short would shift every text after it.
 */
final class TranslationStructure {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TranslationStructure() {
    }

    static void check(TranslationTexts texts, Guideline version, TranslationErrors errors) {
        unknown(null, texts.unknown(), errors);
        for (int i = 0; i < texts.relatedConditions().size(); i++) {
            unknown("relatedConditions[" + i + "]", texts.relatedConditions().get(i).unknown(), errors);
        }
        for (int i = 0; i < texts.recommendations().size(); i++) {
            unknown("recommendations[" + i + "]", texts.recommendations().get(i).unknown(), errors);
        }
        count("alternativeNames", texts.alternativeNames(), version.getAlternativeNames().size(), errors);
        count("causes", texts.causes(), version.getCauses().size(), errors);
        List<RelatedCondition> conditions = version.getRelatedConditions();
        if (count("relatedConditions", texts.relatedConditions(), conditions.size(), errors)) {
            for (int i = 0; i < conditions.size(); i++) {
                ConditionTexts condition = texts.relatedConditions().get(i);
                count("relatedConditions[" + i + "].examples", condition.examples(), conditions.get(i).getExamples().size(), errors);
            }
        }
        presence("causalityStatement", texts.causalityStatement(), version.getCausalityStatement(), errors);
        presence("goal", texts.goal(), version.getGoal(), errors);
        List<Recommendation> recommendations = version.getRecommendations();
        if (count("recommendations", texts.recommendations(), recommendations.size(), errors)) {
            for (int i = 0; i < recommendations.size(); i++) {
                RecommendationTexts recommendation = texts.recommendations().get(i);
                String path = "recommendations[" + i + "]";
                presence(path + ".qualifier", recommendation.qualifier(), recommendations.get(i).getQualifier(), errors);
                count(path + ".effects", recommendation.effects(), recommendations.get(i).getEffects().size(), errors);
            }
        }
        count("attentionPoints", texts.attentionPoints(), version.getAttentionPoints().size(), errors);
        count("footnotes", texts.footnotes(), version.getFootnotes().size(), errors);
        // The texts are stored as they are: PostgreSQL refuses U+0000, and other control characters are never content.
        ControlCharacters.check(JSON.valueToTree(texts), path -> errors.add(path, ControlCharacters.MESSAGE, null));
    }

    /** Members a translation does not have: numbers, doses, evidence and slugs are never translated, and nothing is dropped silently. */
    private static void unknown(@Nullable String parent, @Nullable Map<String, Object> members, TranslationErrors errors) {
        if (members == null) {
            return;
        }
        members.keySet().stream().limit(TranslationTexts.MAX_ITEMS).forEach(name -> errors.add(parent == null ? name : parent + "." + name,
                "is not a member of a translation, which holds texts only (numbers, doses, evidence and slugs stay the version's)", null));
    }

    /** Whether the list has the version's length; an error if not. */
    private static boolean count(String path, List<?> translated, int expected, TranslationErrors errors) {
        if (translated.size() == expected) {
            return true;
        }
        errors.add(path, "must have " + expected + " item" + (expected == 1 ? "" : "s") + ", as the version has (has " + translated.size() + ")",
                translated.size());
        return false;
    }

    private static void presence(String path, @Nullable String translated, @Nullable String original, TranslationErrors errors) {
        if (original == null && translated != null) {
            errors.add(path, "must be absent: the version has no such text", translated);
        } else if (original != null && translated == null) {
            errors.add(path, "must be given: the version has this text", null);
        }
    }
}
