package nl.supplementguidelines.referencelevel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A sourced statement about a nutrient's safety that is not a level (an exposure estimate, for example). */
@Entity
@Table(name = "reference_level_note")
class ReferenceLevelNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "nutrient_id", nullable = false)
    private Long nutrientId;

    @Column(nullable = false, length = 2000)
    private String text;

    @Column(nullable = false, length = 1000)
    private String citation;

    protected ReferenceLevelNote() {
        // for JPA
    }

    Long getNutrientId() {
        return nutrientId;
    }

    String getText() {
        return text;
    }

    String getCitation() {
        return citation;
    }
}
