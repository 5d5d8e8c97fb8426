package nl.supplementguidelines.fhir;

import nl.supplementguidelines.evidence.EvidenceLevel;
import nl.supplementguidelines.evidence.EvidenceScale;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Comparator;
import java.util.List;

/**
 * Our evidence dots as a CodeSystem of our own: code "1", display "●", and so on for every level the scale has. The
 * series' legend is not in our copy, so the codes have no names and map onto no other rating (no GRADE).
 */
@Component
class EvidenceCodeSystem {

    static final String ID = "evidence-dots";

    private final EvidenceScale scale;
    private final FhirUrls urls;

    EvidenceCodeSystem(EvidenceScale scale, FhirUrls urls) {
        this.scale = scale;
        this.urls = urls;
    }

    ObjectNode resource() {
        List<EvidenceLevel> levels = scale.levels().stream().sorted(Comparator.naturalOrder()).toList();
        ObjectNode system = FhirJson.resource("CodeSystem", ID);
        system.put("url", urls.evidenceSystem());
        system.put("name", "EvidenceDots");
        system.put("title", "Bewijskracht (evidence dots)");
        system.put("status", "active");
        system.put("experimental", false);
        system.put("description", "The evidence strength (\"Bewijskracht\") of a recommendation as the Dutch supplement guideline "
                + "series prints it: a number of dots, more dots meaning stronger evidence. The series' legend is not in our copy, so "
                + "a level has no name and corresponds to no other rating scale.");
        system.put("caseSensitive", true);
        system.put("content", "complete");
        system.put("count", levels.size());
        ArrayNode concepts = system.putArray("concept");
        for (EvidenceLevel level : levels) {
            ObjectNode concept = concepts.addObject();
            concept.put("code", String.valueOf(level.value()));
            concept.put("display", level.dots());
        }
        return system;
    }

    /** The extension value of a recommendation's evidence: a coding of this system, the dots as text too. */
    ObjectNode concept(EvidenceLevel level) {
        return FhirJson.concept(FhirJson.coding(urls.evidenceSystem(), String.valueOf(level.value()), level.dots()), level.dots());
    }
}
