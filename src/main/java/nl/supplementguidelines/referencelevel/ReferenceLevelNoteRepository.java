package nl.supplementguidelines.referencelevel;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface ReferenceLevelNoteRepository extends JpaRepository<ReferenceLevelNote, Long> {

    List<ReferenceLevelNote> findByNutrientIdInOrderById(Collection<Long> nutrientIds);
}
