package nl.supplementguidelines.referencelevel;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface ReferenceLevelRepository extends JpaRepository<ReferenceLevel, Long> {

    List<ReferenceLevel> findByNutrientIdInOrderByPosition(Collection<Long> nutrientIds);
}
