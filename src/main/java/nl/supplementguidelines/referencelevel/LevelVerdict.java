package nl.supplementguidelines.referencelevel;

import nl.supplementguidelines.dose.DoseUnit;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/**
 * A dose against one level, in numbers: the verdict and both in one unit ({@code unit}); for NOT_COMPARABLE the dose in
 * its own unit, the level in its own, and why they do not convert.
 */
public record LevelVerdict(Level level, LevelComparison.Verdict verdict, DoseUnit unit, @Nullable BigDecimal minimum,
                           @Nullable BigDecimal maximum, BigDecimal levelAmount, boolean fixed, @Nullable String incompatibility) {

    /** Whether the dose stays at or below the level; null when that cannot be said. */
    public @Nullable Boolean passes() {
        return switch (verdict) {
            case AT_OR_BELOW -> true;
            case ABOVE, PARTLY_ABOVE -> false;
            default -> null;
        };
    }

    boolean exceeds() {
        return verdict == LevelComparison.Verdict.ABOVE || verdict == LevelComparison.Verdict.PARTLY_ABOVE;
    }

    @Nullable BigDecimal minimumPercent() {
        return verdict == LevelComparison.Verdict.NOT_COMPARABLE || minimum == null ? null : Level.percent(minimum, levelAmount);
    }

    @Nullable BigDecimal maximumPercent() {
        return verdict == LevelComparison.Verdict.NOT_COMPARABLE || maximum == null ? null : Level.percent(maximum, levelAmount);
    }
}
