package nl.supplementguidelines.referencelevel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.supplementguidelines.dose.DoseUnit;

import java.math.BigDecimal;

/**
 * A safe upper level of daily intake for one nutrient and population, as a body set it, with its citation.
 * Refers to its nutrient by id only, so that the nutrient feature can show levels without a cycle.
 */
@Entity
@Table(name = "reference_intake_level")
class ReferenceLevel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int position;

    @Column(name = "nutrient_id", nullable = false)
    private Long nutrientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReferenceLevelKind kind;

    @Column(nullable = false, precision = 30, scale = 6)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DoseUnit unit;

    @Column(name = "amount_text", nullable = false, length = 100)
    private String amountText;

    @Column(nullable = false, length = 200)
    private String population;

    @Column(nullable = false, length = 200)
    private String body;

    @Column(nullable = false, length = 1000)
    private String citation;

    protected ReferenceLevel() {
        // for JPA
    }

    int getPosition() {
        return position;
    }

    Long getNutrientId() {
        return nutrientId;
    }

    ReferenceLevelKind getKind() {
        return kind;
    }

    BigDecimal getAmount() {
        return amount;
    }

    DoseUnit getUnit() {
        return unit;
    }

    String getAmountText() {
        return amountText;
    }

    String getPopulation() {
        return population;
    }

    String getBody() {
        return body;
    }

    String getCitation() {
        return citation;
    }
}
