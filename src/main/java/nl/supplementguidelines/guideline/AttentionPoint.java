package nl.supplementguidelines.guideline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A point of attention for the practitioner ("Aandachtspunt"), possibly about one nutrient. */
@Entity
@Table(name = "attention_point")
class AttentionPoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "guideline_id")
    private Guideline guideline;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 2000)
    private String text;

    /** The nutrient module's id of the nutrient the point is about, or null when it is about none. */
    @Column(name = "nutrient_id")
    private @Nullable Long nutrientId;

    @Column(name = "editorial_note", length = 1000)
    private @Nullable String editorialNote;

    protected AttentionPoint() {
        // for JPA
    }

    int getPosition() {
        return position;
    }

    String getText() {
        return text;
    }

    @Nullable Long getNutrientId() {
        return nutrientId;
    }

    @Nullable String getEditorialNote() {
        return editorialNote;
    }
}
