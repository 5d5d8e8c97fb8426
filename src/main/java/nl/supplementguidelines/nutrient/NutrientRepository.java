package nl.supplementguidelines.nutrient;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface NutrientRepository extends JpaRepository<Nutrient, Long> {

    Optional<Nutrient> findBySlug(String slug);

    @Query("select n.id from Nutrient n where n.slug = :slug")
    Optional<Long> findIdBySlug(String slug);
}
