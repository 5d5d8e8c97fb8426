package nl.supplementguidelines.guideline;

import nl.supplementguidelines.nutrient.Nutrient;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

    @Query("select r from Recommendation r join fetch r.guideline g where r.nutrient = :nutrient order by g.title, g.slug")
    List<Recommendation> findByNutrient(Nutrient nutrient);
}
