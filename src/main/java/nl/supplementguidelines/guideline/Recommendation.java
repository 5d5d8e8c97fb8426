package nl.supplementguidelines.guideline;

import org.jspecify.annotations.Nullable;
import nl.supplementguidelines.dose.DoseRange;
import nl.supplementguidelines.evidence.EvidenceLevel;

import java.util.List;


/**
 * One row of a guideline's table: a nutrient, what it does, its daily dose and the strength of the
 * evidence for it.
 */
class Recommendation {

    private final Guideline guideline;
    private final int position;
    /** The nutrient module's id of the nutrient: modules refer to each other by id, never by another module's row class. */
    private final long nutrientId;
    private final @Nullable String qualifier;
    private final DoseRange dose;
    private final @Nullable String doseFootnoteMarker;
    private final EvidenceLevel evidence;

    Recommendation(Guideline guideline, int position, long nutrientId, @Nullable String qualifier, DoseRange dose,
            @Nullable String doseFootnoteMarker, EvidenceLevel evidence) {
        this.guideline = guideline;
        this.position = position;
        this.nutrientId = nutrientId;
        this.qualifier = qualifier;
        this.dose = dose;
        this.doseFootnoteMarker = doseFootnoteMarker;
        this.evidence = evidence;
    }

    Guideline getGuideline() {
        return guideline;
    }

    int getPosition() {
        return position;
    }

    long getNutrientId() {
        return nutrientId;
    }

    @Nullable String getQualifier() {
        return qualifier;
    }

    /** Its effects, kept with the guideline's other parts (loaded with them in one statement). */
    List<String> getEffects() {
        return guideline.effectsOf(position);
    }

    DoseRange getDose() {
        return dose;
    }

    @Nullable String getDoseFootnoteMarker() {
        return doseFootnoteMarker;
    }

    EvidenceLevel getEvidence() {
        return evidence;
    }
}
