package nl.supplementguidelines.nutrient;

import org.jspecify.annotations.Nullable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/**
 * A nutrient, shared by every guideline that recommends it. Other modules keep its id and ask {@link Nutrients};
 * the entity never leaves this package: the API shows {@link NutrientReference} or the nutrient's own views.
 */
@Entity
@Table(name = "nutrient")
class Nutrient {

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
    private @Nullable String englishName;

    /** How many IU one microgram is; null when the substance defines no factor (then IU never converts). */
    @Column(name = "iu_per_microgram", precision = 20, scale = 6)
    private @Nullable BigDecimal iuPerMicrogram;

    protected Nutrient() {
        // for JPA
    }

    Long getId() {
        return id;
    }

    String getSlug() {
        return slug;
    }

    String getName() {
        return name;
    }

    NutrientCategory getCategory() {
        return category;
    }

    @Nullable String getEnglishName() {
        return englishName;
    }

    @Nullable BigDecimal getIuPerMicrogram() {
        return iuPerMicrogram;
    }
}
