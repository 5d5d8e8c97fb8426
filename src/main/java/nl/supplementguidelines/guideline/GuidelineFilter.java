package nl.supplementguidelines.guideline;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import nl.supplementguidelines.evidence.EvidenceLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

import java.util.ArrayList;
import java.util.List;

/**
 * The filters of the guideline list; each is optional.
 *
 * @param text        matches the title, an alternative name or the description, ignoring case and accents
 * @param nutrientSlug only guidelines that recommend this nutrient
 * @param minEvidence only guidelines with a recommendation of at least this evidence level
 *                    (of the nutrient's recommendation when a nutrient is given)
 */
record GuidelineFilter(@Nullable String text, @Nullable String nutrientSlug, @Nullable EvidenceLevel minEvidence) {

    /**
     * @param nutrientId the id of the nutrient {@code nutrientSlug} names, resolved through the nutrient module
     *                   (recommendations keep ids, not the nutrient), or null when no nutrient is asked for
     */
    Specification<Guideline> toSpecification(@Nullable Long nutrientId) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            // Lists show the version the public reads; superseded versions and withdrawn guidelines are not listed.
            predicates.add(cb.equal(root.get("status"), GuidelineStatus.CURRENT));
            if (text != null) {
                String pattern = TextSearch.containsPattern(text);
                Subquery<Long> names = query.subquery(Long.class);
                Root<Guideline> owner = names.from(Guideline.class);
                Join<Guideline, String> name = owner.join("alternativeNames");
                names.select(owner.get("id")).where(cb.equal(owner.get("id"), root.get("id")),
                        TextSearch.contains(cb, name, pattern));
                predicates.add(cb.or(TextSearch.contains(cb, root.get("title"), pattern),
                        TextSearch.contains(cb, root.get("description"), pattern), cb.exists(names)));
            }
            if (nutrientId != null || minEvidence != null) {
                Subquery<Long> recommendations = query.subquery(Long.class);
                Root<Recommendation> recommendation = recommendations.from(Recommendation.class);
                List<Predicate> conditions = new ArrayList<>();
                conditions.add(cb.equal(recommendation.get("guideline").get("id"), root.get("id")));
                if (nutrientId != null) {
                    conditions.add(cb.equal(recommendation.get("nutrientId"), nutrientId));
                }
                if (minEvidence != null) {
                    conditions.add(cb.greaterThanOrEqualTo(recommendation.get("evidence"), minEvidence));
                }
                recommendations.select(recommendation.get("id")).where(conditions.toArray(Predicate[]::new));
                predicates.add(cb.exists(recommendations));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
