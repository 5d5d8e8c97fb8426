package nl.supplementguidelines.nutrient;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import java.math.BigDecimal;

/**
 * A nutrient, shared by every guideline that recommends it. Public because guidelines refer to it;
 * it never leaves a service: the API shows {@link NutrientReference} or the nutrient's own views.
 */
@Entity
@Table(name = "nutrient")
// Guidelines load their nutrients lazily: batching keeps that to one statement per guideline.
@BatchSize(size = 100)
public class Nutrient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String slug;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private NutrientCategory category;

    @Column(name = "name_en", length = 200)
    private String englishName;

    /** How many IU one microgram is; null when the substance defines no factor (then IU never converts). */
    @Column(name = "iu_per_microgram", precision = 20, scale = 6)
    private BigDecimal iuPerMicrogram;

    protected Nutrient() {
        // for JPA
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public NutrientCategory getCategory() {
        return category;
    }

    public String getEnglishName() {
        return englishName;
    }

    public BigDecimal getIuPerMicrogram() {
        return iuPerMicrogram;
    }
}
