package nl.supplementguidelines.nutrient;

import nl.supplementguidelines.referencelevel.ReferenceLevels;
import nl.supplementguidelines.web.ResultPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class NutrientService {

    private final NutrientRows nutrients;
    private final NutrientUsage usage;
    private final ReferenceLevels referenceLevels;
    private final NutrientInteractions interactions;

    NutrientService(NutrientRows nutrients, NutrientUsage usage, ReferenceLevels referenceLevels, NutrientInteractions interactions) {
        this.nutrients = nutrients;
        this.usage = usage;
        this.referenceLevels = referenceLevels;
        this.interactions = interactions;
    }

    ResultPage<NutrientSummary> list(int page, int size) {
        return ResultPage.of(page, size, nutrients.page((long) page * size, size), nutrients::count).map(NutrientSummary::of);
    }

    NutrientDetails get(String slug) {
        Nutrient nutrient = nutrients.bySlug(slug).orElseThrow(() -> NutrientNotFound.forSlug(slug));
        return new NutrientDetails(nutrient.getSlug(), nutrient.getName(), nutrient.getCategory(),
                usage.recommendationsOf(NutrientInfo.of(nutrient)), new NutrientSummary.Links(NutrientReference.hrefOf(nutrient.getSlug())),
                nutrient.getEnglishName(), nutrient.getIuPerMicrogram(), referenceLevels.forNutrient(nutrient.getId()),
                interactions.summaryOf(NutrientInfo.of(nutrient)));
    }
}
