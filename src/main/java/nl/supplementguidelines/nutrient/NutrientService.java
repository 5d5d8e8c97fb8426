package nl.supplementguidelines.nutrient;

import nl.supplementguidelines.referencelevel.ReferenceLevels;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class NutrientService {

    private final NutrientRepository nutrients;
    private final NutrientUsage usage;
    private final ReferenceLevels referenceLevels;
    private final NutrientInteractions interactions;

    NutrientService(NutrientRepository nutrients, NutrientUsage usage, ReferenceLevels referenceLevels, NutrientInteractions interactions) {
        this.nutrients = nutrients;
        this.usage = usage;
        this.referenceLevels = referenceLevels;
        this.interactions = interactions;
    }

    Page<NutrientSummary> list(int page, int size) {
        return nutrients.findAll(PageRequest.of(page, size, Sort.by("name", "slug"))).map(NutrientSummary::of);
    }

    NutrientDetails get(String slug) {
        Nutrient nutrient = nutrients.findBySlug(slug).orElseThrow(() -> NutrientNotFound.forSlug(slug));
        return new NutrientDetails(nutrient.getSlug(), nutrient.getName(), nutrient.getCategory(),
                usage.recommendationsOf(NutrientInfo.of(nutrient)), new NutrientSummary.Links(NutrientReference.hrefOf(nutrient.getSlug())),
                nutrient.getEnglishName(), nutrient.getIuPerMicrogram(), referenceLevels.forNutrient(nutrient.getId()),
                interactions.summaryOf(NutrientInfo.of(nutrient)));
    }
}
