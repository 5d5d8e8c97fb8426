package nl.supplementguidelines.nutrient;

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

    NutrientService(NutrientRepository nutrients, NutrientUsage usage) {
        this.nutrients = nutrients;
        this.usage = usage;
    }

    Page<NutrientSummary> list(int page, int size) {
        return nutrients.findAll(PageRequest.of(page, size, Sort.by("name", "slug"))).map(NutrientSummary::of);
    }

    NutrientDetails get(String slug) {
        Nutrient nutrient = nutrients.findBySlug(slug).orElseThrow(() -> NutrientNotFound.forSlug(slug));
        return new NutrientDetails(nutrient.getSlug(), nutrient.getName(), nutrient.getCategory(),
                usage.recommendationsOf(nutrient), new NutrientSummary.Links(NutrientReference.hrefOf(nutrient.getSlug())));
    }
}
