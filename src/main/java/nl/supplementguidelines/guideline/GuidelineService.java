package nl.supplementguidelines.guideline;

import nl.supplementguidelines.guideline.GuidelineViews.GuidelineDetails;
import nl.supplementguidelines.guideline.GuidelineViews.GuidelineRecommendations;
import nl.supplementguidelines.guideline.GuidelineViews.GuidelineSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.supplementguidelines.nutrient.NutrientInfo;
import nl.supplementguidelines.nutrient.Nutrients;
import nl.supplementguidelines.referencelevel.GuidelineDoseLevels;
import nl.supplementguidelines.referencelevel.ReferenceLevels;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

@Service
@Transactional(readOnly = true)
class GuidelineService {

    private static final long NO_NUTRIENT = -1;

    private final GuidelineRepository guidelines;
    private final ReferenceLevels referenceLevels;
    private final Nutrients nutrients;

    GuidelineService(GuidelineRepository guidelines, ReferenceLevels referenceLevels, Nutrients nutrients) {
        this.guidelines = guidelines;
        this.referenceLevels = referenceLevels;
        this.nutrients = nutrients;
    }

    Page<GuidelineSummary> search(GuidelineFilter filter, int page, int size) {
        // A slug no nutrient has keeps the same query with an id no row has, so the page comes out empty as before.
        Long nutrientId = filter.nutrientSlug() == null ? null : nutrients.idOfSlug(filter.nutrientSlug()).orElse(NO_NUTRIENT);
        return guidelines.findAll(filter.toSpecification(nutrientId), PageRequest.of(page, size, Sort.by("title", "slug")))
                .map(GuidelineMapper::toSummary);
    }

    GuidelineDetails get(String slug) {
        Guideline guideline = find(slug);
        List<String> relatedSlugs = guideline.getRelatedGuidelines().stream().map(RelatedGuideline::targetSlug).toList();
        Set<String> existing = relatedSlugs.isEmpty() ? Set.of() : guidelines.findExistingSlugs(relatedSlugs);
        return GuidelineMapper.toDetails(guideline, existing, levelsOf(guideline), nutrientsOf(guideline, true));
    }

    GuidelineRecommendations recommendations(String slug) {
        Guideline guideline = find(slug);
        return new GuidelineRecommendations(GuidelineMapper.toReference(guideline), guideline.getLastModified(),
                GuidelineMapper.toRecommendationViews(guideline, levelsOf(guideline), nutrientsOf(guideline, false)));
    }

    private GuidelineDoseLevels levelsOf(Guideline guideline) {
        return referenceLevels.forGuidelineDoses(guideline.getRecommendations().stream().map(Recommendation::getNutrientId).toList());
    }

    /** The guideline's nutrients in one statement, as the entity's batch loading did before modules kept ids. */
    private Map<Long, NutrientInfo> nutrientsOf(Guideline guideline, boolean withAttentionPoints) {
        Stream<Long> ids = guideline.getRecommendations().stream().map(Recommendation::getNutrientId);
        if (withAttentionPoints) {
            ids = Stream.concat(ids, guideline.getAttentionPoints().stream().map(AttentionPoint::getNutrientId).filter(Objects::nonNull));
        }
        return nutrients.byIds(ids.toList());
    }

    private Guideline find(String slug) {
        return guidelines.findBySlug(slug).orElseThrow(() -> GuidelineNotFound.forSlug(slug));
    }
}
