package nl.supplementguidelines.referencelevel;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** A dose against every level of its nutrient, in numbers: the overall status and one verdict per level. */
public record LevelsVerdict(LevelCheck.Status status, List<LevelVerdict> comparisons, List<ReferenceNoteView> notes) {

    /** True within every level, false above one, null when there is no level or nothing to compare. */
    public @Nullable Boolean passes() {
        return switch (status) {
            case WITHIN_REFERENCE_LEVELS -> true;
            case EXCEEDS_A_REFERENCE_LEVEL -> false;
            default -> null;
        };
    }

    /** Whether a UL was compared: the UL is about total intake, which the words must say. */
    public boolean comparesUl() {
        return comparisons.stream().anyMatch(c -> c.level().kind() == ReferenceLevelKind.UL);
    }
}
