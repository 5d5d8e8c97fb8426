package nl.supplementguidelines.guideline;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.SQLOrder;

import java.util.ArrayList;
import java.util.List;

/** A condition the guideline says it is related to, with the examples the source gives for it. */
@Entity
@Table(name = "related_condition")
class RelatedCondition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "guideline_id")
    private Guideline guideline;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String name;

    @ElementCollection
    @CollectionTable(name = "related_condition_example", joinColumns = @JoinColumn(name = "related_condition_id"))
    @SQLOrder("position")
    @Column(name = "name", nullable = false)
    // One statement for the examples of all conditions of a guideline, however many there are.
    @Fetch(FetchMode.SUBSELECT)
    private List<String> examples = new ArrayList<>();

    protected RelatedCondition() {
        // for JPA
    }

    String getName() {
        return name;
    }

    int getPosition() {
        return position;
    }

    List<String> getExamples() {
        return List.copyOf(examples);
    }
}
