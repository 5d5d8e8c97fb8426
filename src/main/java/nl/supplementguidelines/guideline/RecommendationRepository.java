package nl.supplementguidelines.guideline;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

    /** The CURRENT versions' recommendations of a nutrient: superseded and withdrawn versions recommend nothing any more. */
    @Query("select r from Recommendation r join fetch r.guideline g where r.nutrientId = :nutrientId"
            + " and g.status = nl.supplementguidelines.guideline.GuidelineStatus.CURRENT order by g.title, g.slug")
    List<Recommendation> findByNutrientId(long nutrientId);
}
