package nl.supplementguidelines.guideline;

import org.jspecify.annotations.Nullable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.supplementguidelines.dose.DoseRange;
import nl.supplementguidelines.evidence.EvidenceLevel;

import java.util.List;


/**
 * One row of a guideline's table: a nutrient, what it does, its daily dose and the strength of the
 * evidence for it.
 */
@Entity
@Table(name = "recommendation")
class Recommendation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "guideline_id")
    private Guideline guideline;

    @Column(nullable = false)
    private int position;

    /** The nutrient module's id of the nutrient: modules refer to each other by id, never by entity. */
    @Column(name = "nutrient_id", nullable = false)
    private long nutrientId;

    @Column(length = 200)
    private @Nullable String qualifier;

    @Embedded
    private DoseRange dose;

    @Column(name = "dose_footnote_marker", length = 10)
    private @Nullable String doseFootnoteMarker;

    @Column(name = "evidence_level", nullable = false)
    private EvidenceLevel evidence;

    protected Recommendation() {
        // for JPA
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
