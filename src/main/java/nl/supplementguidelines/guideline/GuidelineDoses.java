package nl.supplementguidelines.guideline;

import nl.supplementguidelines.nutrient.NutrientInfo;
import nl.supplementguidelines.nutrient.Nutrients;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The daily doses of guidelines, for the features that check intakes and build regimens. Hands out detached
 * records, never entities.
 */
@Service
@Transactional(readOnly = true)
public class GuidelineDoses {

    private final GuidelineRepository guidelines;
    private final Nutrients nutrients;

    GuidelineDoses(GuidelineRepository guidelines, Nutrients nutrients) {
        this.guidelines = guidelines;
        this.nutrients = nutrients;
    }

    /** The guidelines with these slugs that exist, keyed by slug in the order asked; unknown slugs are left out. */
    public Map<String, GuidelineDoseSet> find(Collection<String> slugs) {
        Map<String, GuidelineDoseSet> found = new LinkedHashMap<>();
        if (slugs.isEmpty()) {
            return found;
        }
        Map<String, Guideline> bySlug = new LinkedHashMap<>();
        guidelines.findBySlugIn(slugs).forEach(g -> bySlug.put(g.getSlug(), g));
        // The nutrients of all these guidelines in one statement, as the entity's batch loading did.
        Map<Long, NutrientInfo> nutrientsById = nutrients.byIds(bySlug.values().stream()
                .flatMap(g -> g.getRecommendations().stream()).map(Recommendation::getNutrientId).toList());
        for (String slug : slugs) {
            Guideline guideline = bySlug.get(slug);
            if (guideline != null && !found.containsKey(slug)) {
                found.put(slug, toDoseSet(guideline, nutrientsById));
            }
        }
        return found;
    }

    private static GuidelineDoseSet toDoseSet(Guideline guideline, Map<Long, NutrientInfo> nutrients) {
        GuidelineSource source = new GuidelineSource(guideline.getSlug(), guideline.getTitle(), guideline.getLastModified(),
                GuidelineViews.hrefOf(guideline.getSlug()));
        List<RecommendedDose> doses = guideline.getRecommendations().stream()
                .map(r -> new RecommendedDose(source, r.getPosition(), nutrients.get(r.getNutrientId()), r.getQualifier(), r.getDose(), r.getEvidence()))
                .toList();
        return new GuidelineDoseSet(source, doses);
    }
}
