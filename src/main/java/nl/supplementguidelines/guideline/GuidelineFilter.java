package nl.supplementguidelines.guideline;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import nl.supplementguidelines.evidence.EvidenceLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

import java.util.ArrayList;
import java.util.List;

/**
 * The filters of the guideline list; each is optional. The list holds CURRENT versions only.
 *
 * @param text        the search words ({@code q}), found and ranked by {@link RankedSearch}, not by this specification
 * @param nutrientSlug only guidelines that recommend this nutrient
 * @param minEvidence only guidelines with a recommendation of at least this evidence level
 *                    (of the nutrient's recommendation when a nutrient is given)
 */
record GuidelineFilter(@Nullable String text, @Nullable String nutrientSlug, @Nullable EvidenceLevel minEvidence) {

    /**
     * The list without {@code q}: the nutrient and evidence filters (RankedSearch applies the same ones with {@code q}).
     *
     * @param nutrientId the id of the nutrient {@code nutrientSlug} names, resolved through the nutrient module
     *                   (recommendations keep ids, not the nutrient), or null when no nutrient is asked for
     */
    Specification<Guideline> toSpecification(@Nullable Long nutrientId) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            // The list shows each guideline once, as the public reads it: superseded and withdrawn versions never.
            predicates.add(cb.equal(root.get("status"), GuidelineStatus.CURRENT));
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
