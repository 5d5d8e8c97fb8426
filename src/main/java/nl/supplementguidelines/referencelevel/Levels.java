package nl.supplementguidelines.referencelevel;

import nl.supplementguidelines.dose.DoseRange;
import nl.supplementguidelines.dose.DoseUnit;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The reference levels of one nutrient, as values, with the sourced notes that are not levels. */
public record Levels(List<Level> levels, List<ReferenceNoteView> notes) {

    /** A dose against every level, in numbers. */
    public LevelsVerdict check(DoseRange dose, @Nullable BigDecimal iuPerMicrogram) {
        List<LevelVerdict> comparisons = levels.stream().map(level -> level.compare(dose, iuPerMicrogram)).toList();
        return new LevelsVerdict(status(comparisons), comparisons, notes);
    }

    /** The first level an amount in this unit cannot be compared with, if any. */
    public Optional<Level> firstNotConvertibleFrom(DoseUnit unit, @Nullable BigDecimal iuPerMicrogram) {
        return levels.stream().filter(level -> !level.amount().convertsTo(unit, iuPerMicrogram)).findFirst();
    }

    private static LevelCheck.Status status(List<LevelVerdict> comparisons) {
        if (comparisons.isEmpty()) {
            return LevelCheck.Status.NONE_SET_IN_OUR_SOURCES;
        }
        if (comparisons.stream().anyMatch(LevelVerdict::exceeds)) {
            return LevelCheck.Status.EXCEEDS_A_REFERENCE_LEVEL;
        }
        if (comparisons.stream().anyMatch(c -> c.verdict() == LevelComparison.Verdict.NOT_COMPARABLE)) {
            return LevelCheck.Status.NOT_COMPARABLE;
        }
        if (comparisons.stream().anyMatch(c -> c.verdict() == LevelComparison.Verdict.OPEN_ENDED)) {
            return LevelCheck.Status.NO_MAXIMUM_TO_COMPARE;
        }
        return LevelCheck.Status.WITHIN_REFERENCE_LEVELS;
    }
}
