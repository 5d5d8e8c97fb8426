package nl.supplementguidelines.guideline;

import nl.supplementguidelines.dose.DoseRange;
import nl.supplementguidelines.guideline.GuidelineDocument.AttentionPointInput;
import nl.supplementguidelines.guideline.GuidelineDocument.DoseInput;
import nl.supplementguidelines.guideline.GuidelineDocument.FootnoteInput;
import nl.supplementguidelines.guideline.GuidelineDocument.RecommendationInput;
import nl.supplementguidelines.guideline.GuidelineDocument.RelatedConditionInput;
import nl.supplementguidelines.guideline.GuidelineDocument.RelatedGuidelineInput;
import nl.supplementguidelines.guideline.GuidelineDocument.SourceInput;
import nl.supplementguidelines.nutrient.NutrientInfo;

import java.util.Map;

/**
 * A published version as the document an editor would write for it. The dose is given structured with the source's
 * wording, exactly as stored, so that publishing an unchanged copy stores the same rows again.
 */
final class GuidelineDocuments {

    private GuidelineDocuments() {
    }

    /** @param nutrients the version's nutrients by id (recommendations and attention points) */
    static GuidelineDocument of(Guideline guideline, Map<Long, NutrientInfo> nutrients) {
        return new GuidelineDocument(
                guideline.getSlug(),
                guideline.getTitle(),
                guideline.getLanguage(),
                guideline.getAlternativeNames(),
                guideline.getDescription(),
                guideline.getCauses(),
                guideline.getRelatedConditions().stream().map(c -> new RelatedConditionInput(c.getName(), c.getExamples())).toList(),
                guideline.getCausalityStatement(),
                guideline.getGoal(),
                guideline.getRecommendations().stream().map(r -> new RecommendationInput(
                        nutrients.get(r.getNutrientId()).slug(), r.getQualifier(), r.getEffects(), dose(r.getDose()),
                        r.getDoseFootnoteMarker(), r.getEvidence().value())).toList(),
                guideline.getAttentionPoints().stream().map(p -> new AttentionPointInput(p.getText(),
                        p.getNutrientId() == null ? null : nutrients.get(p.getNutrientId()).slug(), p.getEditorialNote())).toList(),
                guideline.getFootnotes().stream().map(f -> new FootnoteInput(f.marker(), f.text())).toList(),
                guideline.getEditorialNotes(),
                guideline.getRelatedGuidelines().stream().map(r -> new RelatedGuidelineInput(r.targetSlug(), r.targetTitle())).toList(),
                new SourceInput(guideline.getSourceTitle(), guideline.getSourceDescription()));
    }

    static DoseInput dose(DoseRange dose) {
        return new DoseInput(dose.sourceText(), dose.minimum(), dose.maximum(), dose.unit().ucumCode(), dose.period().ucumCode());
    }
}
