package nl.supplementguidelines.referencelevel;

import nl.supplementguidelines.dose.DoseRange;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.Map;

/** The levels of a guideline's nutrients, to set each of its doses against them in both languages. */
public final class GuidelineDoseLevels {

    private final Map<Long, Levels> levels;
    private final LevelWording wording;

    GuidelineDoseLevels(Map<Long, Levels> levels, LevelWording wording) {
        this.levels = levels;
        this.wording = wording;
    }

    /** The guideline's dose of the nutrient against the nutrient's levels, citing the guideline and each level. */
    public LevelCheck check(long nutrientId, DoseRange dose, @Nullable BigDecimal iuPerMicrogram, String guidelineTitle) {
        LevelsVerdict verdict = levels.get(nutrientId).check(dose, iuPerMicrogram);
        return wording.both(verdict, wording.guidelineDoseSubject(guidelineTitle, dose));
    }
}
