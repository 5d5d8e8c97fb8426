package nl.supplementguidelines.resolve;

import nl.supplementguidelines.guideline.GuidelineDoseSet;
import nl.supplementguidelines.guideline.GuidelineDoses.Missing;
import nl.supplementguidelines.guideline.GuidelineRef;
import nl.supplementguidelines.nutrient.NutrientNames;
import nl.supplementguidelines.referencelevel.Levels;

import java.util.Collection;
import java.util.Map;

/**
 * The content the checks compute from, as {@link RequestResolver} asks for it: one version of it kept in memory
 * ({@link MemoryContent}), or the database itself when the version cannot be told ({@link DatabaseContent}).
 */
interface CheckContent {

    /** The guidelines these refs name, keyed by ref in the order asked; refs that name none are left out. */
    Map<GuidelineRef, GuidelineDoseSet> find(Collection<GuidelineRef> refs);

    /** Why each of these refs (that {@link #find} left out) names no guideline. */
    Map<GuidelineRef, Missing> whyMissing(Collection<GuidelineRef> refs);

    /** Every nutrient, indexed by the names clients use. */
    NutrientNames nutrients();

    /** The reference levels of each of these nutrients; every id is a key. */
    Map<Long, Levels> levels(Collection<Long> nutrientIds);
}
