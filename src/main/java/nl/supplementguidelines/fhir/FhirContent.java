package nl.supplementguidelines.fhir;

import nl.supplementguidelines.guideline.GuidelineDocument;
import nl.supplementguidelines.guideline.GuidelineVersions;
import nl.supplementguidelines.guideline.GuidelineVersions.VersionEntry;
import nl.supplementguidelines.nutrient.NutrientInfo;
import nl.supplementguidelines.nutrient.Nutrients;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads a published version through the guideline module's face, with its nutrients' names, in one transaction. */
@Service
@Transactional(readOnly = true)
class FhirContent {

    private final GuidelineVersions versions;
    private final Nutrients nutrients;

    FhirContent(GuidelineVersions versions, Nutrients nutrients) {
        this.versions = versions;
        this.nutrients = nutrients;
    }

    Optional<GuidelineVersion> version(String slug, int number) {
        Optional<VersionEntry> entry = versions.entry(slug, number);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        GuidelineDocument document = versions.document(slug, number).orElseThrow();
        Set<String> slugs = new HashSet<>();
        document.recommendations().forEach(r -> slugs.add(r.nutrient()));
        // The catalogue is small (Nutrients#all); a guideline names a few of its nutrients.
        Map<String, String> names = nutrients.all().stream().filter(n -> slugs.contains(n.slug()))
                .collect(Collectors.toMap(NutrientInfo::slug, NutrientInfo::name));
        return Optional.of(new GuidelineVersion(document, entry.get(), names));
    }
}
