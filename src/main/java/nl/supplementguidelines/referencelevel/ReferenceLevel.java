package nl.supplementguidelines.referencelevel;

import nl.supplementguidelines.dose.DoseUnit;

import java.math.BigDecimal;

/**
 * A safe upper level of daily intake for one nutrient and population, as a body set it, with its citation.
 * Refers to its nutrient by id only, so that the nutrient feature can show levels without a cycle.
 */
class ReferenceLevel {

    private final int position;
    private final long nutrientId;
    private final ReferenceLevelKind kind;
    private final BigDecimal amount;
    private final DoseUnit unit;
    private final String amountText;
    private final String population;
    private final String body;
    private final String citation;

    ReferenceLevel(int position, long nutrientId, ReferenceLevelKind kind, BigDecimal amount, DoseUnit unit, String amountText,
            String population, String body, String citation) {
        this.position = position;
        this.nutrientId = nutrientId;
        this.kind = kind;
        this.amount = amount;
        this.unit = unit;
        this.amountText = amountText;
        this.population = population;
        this.body = body;
        this.citation = citation;
    }

    int getPosition() {
        return position;
    }

    long getNutrientId() {
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
