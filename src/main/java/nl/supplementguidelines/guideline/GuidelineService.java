package nl.supplementguidelines.guideline;

import nl.supplementguidelines.guideline.GuidelineViews.GuidelineDetails;
import nl.supplementguidelines.guideline.GuidelineViews.GuidelineRecommendations;
import nl.supplementguidelines.guideline.GuidelineViews.GuidelineSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.supplementguidelines.referencelevel.GuidelineDoseLevels;
import nl.supplementguidelines.referencelevel.ReferenceLevels;

import java.util.List;
import java.util.Map;
import java.util.Set;

@Service
@Transactional(readOnly = true)
class GuidelineService {

    private final GuidelineRepository guidelines;
    private final ReferenceLevels referenceLevels;

    GuidelineService(GuidelineRepository guidelines, ReferenceLevels referenceLevels) {
        this.guidelines = guidelines;
        this.referenceLevels = referenceLevels;
    }

    Page<GuidelineSummary> search(GuidelineFilter filter, int page, int size) {
        return guidelines.findAll(filter.toSpecification(), PageRequest.of(page, size, Sort.by("title", "slug")))
                .map(GuidelineMapper::toSummary);
    }

    GuidelineDetails get(String slug) {
        Guideline guideline = find(slug);
        List<String> relatedSlugs = guideline.getRelatedGuidelines().stream().map(RelatedGuideline::targetSlug).toList();
        Set<String> existing = relatedSlugs.isEmpty() ? Set.of() : guidelines.findExistingSlugs(relatedSlugs);
        return GuidelineMapper.toDetails(guideline, existing, levelsOf(guideline));
    }

    GuidelineRecommendations recommendations(String slug) {
        Guideline guideline = find(slug);
        return new GuidelineRecommendations(GuidelineMapper.toReference(guideline), guideline.getLastModified(),
                GuidelineMapper.toRecommendationViews(guideline, levelsOf(guideline)));
    }

    private GuidelineDoseLevels levelsOf(Guideline guideline) {
        return referenceLevels.forGuidelineDoses(guideline.getRecommendations().stream().map(r -> r.getNutrient().getId()).toList());
    }

    private Guideline find(String slug) {
        return guidelines.findBySlug(slug).orElseThrow(() -> GuidelineNotFound.forSlug(slug));
    }
}
