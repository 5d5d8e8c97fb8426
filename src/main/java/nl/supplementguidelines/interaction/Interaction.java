package nl.supplementguidelines.interaction;

import org.jspecify.annotations.Nullable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.SQLOrder;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of the interaction table: a nutrient, a medicine group with its ATC codes, what happens, the advice
 * the source gives (none, where it gives none) and the sources. No severity: the sources grade none.
 */
@Entity
@Table(name = "interaction")
class Interaction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int position;

    @Column(name = "nutrient_id", nullable = false)
    private Long nutrientId;

    @Column(name = "nutrient_text", nullable = false, length = 200)
    private String nutrientText;

    @Column(name = "medicine_group", nullable = false, length = 300)
    private String medicineGroup;

    @Column(nullable = false, length = 1000)
    private String effect;

    @Column(length = 1000)
    private @Nullable String advice;

    @Column(name = "editorial_note", length = 1000)
    private @Nullable String editorialNote;

    @ElementCollection
    @CollectionTable(name = "interaction_atc", joinColumns = @JoinColumn(name = "interaction_id"))
    @SQLOrder("position")
    @Column(name = "atc_code", nullable = false, length = 7)
    @Fetch(FetchMode.SUBSELECT)
    private List<String> atcCodes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "interaction_citation", joinColumns = @JoinColumn(name = "interaction_id"))
    @SQLOrder("position")
    @Column(name = "source_code", nullable = false, length = 20)
    @Fetch(FetchMode.SUBSELECT)
    private List<String> sourceCodes = new ArrayList<>();

    protected Interaction() {
        // for JPA
    }

    int getPosition() {
        return position;
    }

    Long getNutrientId() {
        return nutrientId;
    }

    String getNutrientText() {
        return nutrientText;
    }

    String getMedicineGroup() {
        return medicineGroup;
    }

    String getEffect() {
        return effect;
    }

    @Nullable String getAdvice() {
        return advice;
    }

    @Nullable String getEditorialNote() {
        return editorialNote;
    }

    List<String> getAtcCodes() {
        return List.copyOf(atcCodes);
    }

    List<String> getSourceCodes() {
        return List.copyOf(sourceCodes);
    }
}
