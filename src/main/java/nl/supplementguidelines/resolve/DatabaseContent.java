package nl.supplementguidelines.resolve;

import nl.supplementguidelines.guideline.GuidelineDoseSet;
import nl.supplementguidelines.guideline.GuidelineDoses;
import nl.supplementguidelines.guideline.GuidelineDoses.Missing;
import nl.supplementguidelines.guideline.GuidelineRef;
import nl.supplementguidelines.nutrient.NutrientNames;
import nl.supplementguidelines.nutrient.Nutrients;
import nl.supplementguidelines.referencelevel.Levels;
import nl.supplementguidelines.referencelevel.ReferenceLevels;

import java.util.Collection;
import java.util.Map;

/** The content read from the database for each question: used when the content version is unknown, so nothing may be kept. */
record DatabaseContent(GuidelineDoses guidelines, Nutrients catalogue, ReferenceLevels referenceLevels) implements CheckContent {

    @Override
    public Map<GuidelineRef, GuidelineDoseSet> find(Collection<GuidelineRef> refs) {
        return guidelines.find(refs);
    }

    @Override
    public Map<GuidelineRef, Missing> whyMissing(Collection<GuidelineRef> refs) {
        return guidelines.whyMissing(refs);
    }

    @Override
    public NutrientNames nutrients() {
        return NutrientNames.of(catalogue.all());
    }

    @Override
    public Map<Long, Levels> levels(Collection<Long> nutrientIds) {
        return referenceLevels.forNutrients(nutrientIds);
    }
}
