package nl.supplementguidelines.resolve;

import nl.supplementguidelines.guideline.GuidelineDoseSet;
import nl.supplementguidelines.guideline.GuidelineDoses;
import nl.supplementguidelines.guideline.GuidelineDoses.Missing;
import nl.supplementguidelines.guideline.GuidelineRef;
import nl.supplementguidelines.guideline.PublishedVersion;
import nl.supplementguidelines.nutrient.NutrientInfo;
import nl.supplementguidelines.nutrient.NutrientNames;
import nl.supplementguidelines.nutrient.Nutrients;
import nl.supplementguidelines.referencelevel.Levels;
import nl.supplementguidelines.referencelevel.ReferenceLevels;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One version of the content the checks compute from, in memory. Built eagerly: the nutrient catalogue with its name
 * index, every nutrient's reference levels and an index of every published guideline version (slug, number, whether
 * CURRENT), so a ref is told found or missing without a read. A guideline's doses are read the first time a request
 * names it, and kept: a series of thousands of guidelines costs only the index until they are used, and what is kept
 * is bounded by the published versions (refs that name none are never kept).
 */
final class MemoryContent implements CheckContent {

    private static final Levels NONE = new Levels(List.of(), List.of());

    /** The published versions of one slug, and whether one of them is CURRENT. */
    private record Slug(boolean current, Set<Integer> versions) {
    }

    private final GuidelineDoses guidelines;
    private final NutrientNames nutrients;
    private final Map<Long, Levels> levels;
    private final Map<String, Slug> slugs;
    private final Map<GuidelineRef, GuidelineDoseSet> loaded = new ConcurrentHashMap<>();

    private MemoryContent(GuidelineDoses guidelines, NutrientNames nutrients, Map<Long, Levels> levels, Map<String, Slug> slugs) {
        this.guidelines = guidelines;
        this.nutrients = nutrients;
        this.levels = levels;
        this.slugs = slugs;
    }

    static MemoryContent build(GuidelineDoses guidelines, Nutrients catalogue, ReferenceLevels referenceLevels) {
        List<NutrientInfo> all = catalogue.all();
        Map<Long, Levels> levels = Map.copyOf(referenceLevels.forNutrients(all.stream().map(NutrientInfo::id).toList()));
        Map<String, Boolean> current = new HashMap<>();
        Map<String, Set<Integer>> versions = new HashMap<>();
        for (PublishedVersion version : guidelines.publishedVersions()) {
            current.merge(version.slug(), version.current(), Boolean::logicalOr);
            versions.computeIfAbsent(version.slug(), slug -> new HashSet<>()).add(version.version());
        }
        Map<String, Slug> slugs = new HashMap<>();
        versions.forEach((slug, numbers) -> slugs.put(slug, new Slug(current.get(slug), Set.copyOf(numbers))));
        return new MemoryContent(guidelines, NutrientNames.of(all), levels, Map.copyOf(slugs));
    }

    @Override
    public Map<GuidelineRef, GuidelineDoseSet> find(Collection<GuidelineRef> refs) {
        List<GuidelineRef> unread = refs.stream().filter(this::names).filter(ref -> !loaded.containsKey(ref)).distinct().toList();
        if (!unread.isEmpty()) {
            loaded.putAll(guidelines.find(unread));
        }
        Map<GuidelineRef, GuidelineDoseSet> found = new LinkedHashMap<>();
        for (GuidelineRef ref : refs) {
            GuidelineDoseSet set = names(ref) ? loaded.get(ref) : null;
            if (set != null) {
                found.putIfAbsent(ref, set);
            }
        }
        return found;
    }

    /** Whether the index says this ref names a published version: CURRENT without a version, any status with one. */
    private boolean names(GuidelineRef ref) {
        Slug slug = slugs.get(ref.slug());
        return slug != null && (ref.version() == null ? slug.current() : slug.versions().contains(ref.version()));
    }

    @Override
    public Map<GuidelineRef, Missing> whyMissing(Collection<GuidelineRef> refs) {
        Map<GuidelineRef, Missing> why = new LinkedHashMap<>();
        for (GuidelineRef ref : refs) {
            why.put(ref, !slugs.containsKey(ref.slug()) ? Missing.UNKNOWN : ref.version() != null ? Missing.NO_SUCH_VERSION : Missing.WITHDRAWN);
        }
        return why;
    }

    @Override
    public NutrientNames nutrients() {
        return nutrients;
    }

    @Override
    public Map<Long, Levels> levels(Collection<Long> nutrientIds) {
        Map<Long, Levels> result = new HashMap<>();
        for (Long id : nutrientIds) {
            result.put(id, levels.getOrDefault(id, NONE));
        }
        return result;
    }

    /** How many guideline versions have been read into this view (for tests of its bounds). */
    int loadedGuidelines() {
        return loaded.size();
    }

    /** How many slugs the index holds. */
    int indexedSlugs() {
        return slugs.size();
    }
}
