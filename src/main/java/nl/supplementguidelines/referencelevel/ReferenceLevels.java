package nl.supplementguidelines.referencelevel;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reference levels of nutrients, as values for comparisons and as views for the resources. Comparisons are
 * computed, never stored: they always follow the current levels and doses.
 */
@Service
@Transactional(readOnly = true)
public class ReferenceLevels {

    private final ReferenceLevelRows rows;
    private final LevelWording wording;

    ReferenceLevels(ReferenceLevelRows rows, LevelWording wording) {
        this.rows = rows;
        this.wording = wording;
    }

    /** The levels of a nutrient as the nutrient resource shows them. */
    public NutrientLevels forNutrient(long nutrientId) {
        return wording.view(forNutrients(Set.of(nutrientId)).get(nutrientId));
    }

    /** The levels of each of these nutrients, to check doses with, for the resources that explain them in both languages. */
    public GuidelineDoseLevels forGuidelineDoses(Collection<Long> nutrientIds) {
        return new GuidelineDoseLevels(forNutrients(nutrientIds), wording);
    }

    /** The levels of each of these nutrients; every id is a key, with no levels where our sources set none. */
    public Map<Long, Levels> forNutrients(Collection<Long> nutrientIds) {
        Map<Long, List<Level>> byNutrient = new HashMap<>();
        Map<Long, List<ReferenceNoteView>> notesByNutrient = new HashMap<>();
        if (!nutrientIds.isEmpty()) {
            rows.levelsOf(nutrientIds)
                    .forEach(level -> byNutrient.computeIfAbsent(level.getNutrientId(), id -> new ArrayList<>()).add(Level.of(level)));
            rows.notesOf(nutrientIds)
                    .forEach(note -> notesByNutrient.computeIfAbsent(note.getNutrientId(), id -> new ArrayList<>()).add(ReferenceNoteView.of(note)));
        }
        Map<Long, Levels> result = new HashMap<>();
        for (Long id : nutrientIds) {
            result.put(id, new Levels(byNutrient.getOrDefault(id, List.of()), notesByNutrient.getOrDefault(id, List.of())));
        }
        return result;
    }
}
