package nl.supplementguidelines.guideline;

import nl.supplementguidelines.dose.DoseRange;
import nl.supplementguidelines.evidence.EvidenceLevel;
import nl.supplementguidelines.nutrient.NutrientInfo;

/** One recommendation of a guideline: which row, which nutrient, what daily dose, how much evidence. */
public record RecommendedDose(GuidelineSource guideline, int position, NutrientInfo nutrient, String qualifier, DoseRange dose,
                              EvidenceLevel evidence) {
}
