package nl.supplementguidelines.fhir;

import nl.supplementguidelines.guideline.GuidelineDocument;
import nl.supplementguidelines.guideline.GuidelineVersions;
import nl.supplementguidelines.guideline.GuidelineVersions.VersionEntry;
import nl.supplementguidelines.nutrient.NutrientInfo;
import nl.supplementguidelines.nutrient.Nutrients;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads published versions through the guideline module's face, with their nutrients' names, in one transaction.
 * The nutrient catalogue is read once per request, however many versions a search page has.
 */
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
        return versions.entry(slug, number).map(entry -> of(List.of(entry)).get(0));
    }

    /** The versions of these index entries, in their order. */
    List<GuidelineVersion> of(List<VersionEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        // The catalogue is small (Nutrients#all): one read for the whole page.
        Map<String, String> names = nutrients.all().stream().collect(Collectors.toMap(NutrientInfo::slug, NutrientInfo::name));
        List<GuidelineVersion> found = new ArrayList<>(entries.size());
        for (VersionEntry entry : entries) {
            GuidelineDocument document = versions.document(entry.slug(), entry.version()).orElseThrow();
            var withdrawal = "WITHDRAWN".equals(entry.status()) ? versions.withdrawal(entry.slug(), entry.version()).orElse(null) : null;
            var successor = "SUPERSEDED".equals(entry.status()) ? versions.entry(entry.slug(), entry.version() + 1).orElse(null) : null;
            found.add(new GuidelineVersion(document, entry, names, withdrawal, successor));
        }
        return found;
    }
}
