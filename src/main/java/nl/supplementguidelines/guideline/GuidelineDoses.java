package nl.supplementguidelines.guideline;

import nl.supplementguidelines.nutrient.NutrientInfo;
import nl.supplementguidelines.nutrient.Nutrients;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The daily doses of guidelines, for the features that check intakes and build regimens. Hands out detached
 * records, never rows. A ref without a version is the CURRENT version (a withdrawn guideline has none); a ref
 * with one is that published version, whatever its status: a verdict can be recomputed against what it cited.
 */
@Service
@Transactional(readOnly = true)
public class GuidelineDoses {

    /** Why a ref named no guideline: to word the error. */
    public enum Missing {
        /** No published version of the slug. */
        UNKNOWN,
        /** The guideline was withdrawn: only its versions by number remain. */
        WITHDRAWN,
        /** The guideline exists but has no such version. */
        NO_SUCH_VERSION
    }

    private final GuidelineRows guidelines;
    private final Nutrients nutrients;

    GuidelineDoses(GuidelineRows guidelines, Nutrients nutrients) {
        this.guidelines = guidelines;
        this.nutrients = nutrients;
    }

    /** The guidelines these refs name, keyed by ref in the order asked; refs that name none are left out. */
    public Map<GuidelineRef, GuidelineDoseSet> find(Collection<GuidelineRef> refs) {
        Map<GuidelineRef, GuidelineDoseSet> found = new LinkedHashMap<>();
        if (refs.isEmpty()) {
            return found;
        }
        Map<GuidelineRef, Guideline> byRef = new LinkedHashMap<>();
        List<String> current = refs.stream().filter(ref -> ref.version() == null).map(GuidelineRef::slug).distinct().toList();
        if (!current.isEmpty()) {
            guidelines.findCurrentBySlugIn(current).forEach(g -> byRef.put(new GuidelineRef(g.getSlug(), null), g));
        }
        // Named versions one by one: a request names at most a few guidelines (its list is bounded).
        refs.stream().filter(ref -> ref.version() != null).distinct()
                .forEach(ref -> guidelines.findVersion(ref.slug(), ref.version()).ifPresent(g -> byRef.put(ref, g)));
        // The nutrients of all these guidelines in one statement, as the rows' batch loading does.
        Map<Long, NutrientInfo> nutrientsById = nutrients.byIds(byRef.values().stream()
                .flatMap(g -> g.getRecommendations().stream()).map(Recommendation::getNutrientId).toList());
        for (GuidelineRef ref : refs) {
            Guideline guideline = byRef.get(ref);
            if (guideline != null && !found.containsKey(ref)) {
                found.put(ref, toDoseSet(guideline, nutrientsById));
            }
        }
        return found;
    }

    /** Why each of these refs (that {@link #find} left out) names no guideline. Only asked on the error path. */
    public Map<GuidelineRef, Missing> whyMissing(Collection<GuidelineRef> refs) {
        List<String> slugs = refs.stream().map(GuidelineRef::slug).distinct().toList();
        Set<String> published = slugs.isEmpty() ? Set.of() : guidelines.findPublishedSlugs(slugs);
        Map<GuidelineRef, Missing> why = new LinkedHashMap<>();
        for (GuidelineRef ref : refs) {
            why.put(ref, !published.contains(ref.slug()) ? Missing.UNKNOWN : ref.version() != null ? Missing.NO_SUCH_VERSION : Missing.WITHDRAWN);
        }
        return why;
    }

    /** Every published version, whatever its status: what a ref can name, so that a check can tell found from missing without a read. */
    public List<PublishedVersion> publishedVersions() {
        return guidelines.findAllVersionKeys().stream()
                .map(key -> new PublishedVersion(key.slug(), key.version(), key.status() == GuidelineStatus.CURRENT))
                .toList();
    }

    private static GuidelineDoseSet toDoseSet(Guideline guideline, Map<Long, NutrientInfo> nutrients) {
        GuidelineSource source = GuidelineSource.of(guideline.getSlug(), guideline.getTitle(), guideline.getPublication().version(),
                guideline.getLastModified());
        List<RecommendedDose> doses = guideline.getRecommendations().stream()
                .map(r -> new RecommendedDose(source, r.getPosition(), nutrients.get(r.getNutrientId()), r.getQualifier(), r.getDose(), r.getEvidence()))
                .toList();
        return new GuidelineDoseSet(source, doses);
    }
}
