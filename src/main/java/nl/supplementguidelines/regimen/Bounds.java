package nl.supplementguidelines.regimen;

import nl.supplementguidelines.dose.DoseRange;
import nl.supplementguidelines.dose.DoseUnit;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.List;

/** The extreme bounds of several doses in one unit: where they overlap, or the span they cover when they do not. */
record Bounds(@Nullable BigDecimal highestMinimum, @Nullable BigDecimal lowestMaximum, @Nullable BigDecimal lowestMinimum,
              @Nullable BigDecimal highestMaximum, boolean openBottom, boolean openTop) {

    static Bounds of(List<DoseRange> doses) {
        BigDecimal highestMinimum = null;
        BigDecimal lowestMaximum = null;
        BigDecimal lowestMinimum = null;
        BigDecimal highestMaximum = null;
        boolean openTop = false;
        boolean openBottom = false;
        for (DoseRange range : doses) {
            BigDecimal min = range.minimum();
            BigDecimal max = range.maximum();
            if (min != null) {
                highestMinimum = highestMinimum == null ? min : highestMinimum.max(min);
                lowestMinimum = lowestMinimum == null ? min : lowestMinimum.min(min);
            } else {
                openBottom = true;
            }
            if (max != null) {
                lowestMaximum = lowestMaximum == null ? max : lowestMaximum.min(max);
                highestMaximum = highestMaximum == null ? max : highestMaximum.max(max);
            } else {
                openTop = true;
            }
        }
        return new Bounds(highestMinimum, lowestMaximum, lowestMinimum, highestMaximum, openBottom, openTop);
    }

    /** The doses cannot all be met: the highest minimum is above the lowest maximum. */
    boolean conflict() {
        return highestMinimum != null && lowestMaximum != null && highestMinimum.compareTo(lowestMaximum) > 0;
    }

    /** The span of the sources: a source without a minimum leaves it open below, one without a maximum open above. */
    DoseRange span(DoseUnit unit) {
        if (openTop || highestMaximum == null) {
            return DoseRange.atLeast(openBottom ? highestMinimum : lowestMinimum, unit, "span");
        }
        return openBottom ? DoseRange.atMost(highestMaximum, unit, "span") : DoseRange.between(lowestMinimum, highestMaximum, unit, "span");
    }
}
