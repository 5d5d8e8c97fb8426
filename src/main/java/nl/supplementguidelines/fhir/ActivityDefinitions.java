package nl.supplementguidelines.fhir;

import nl.supplementguidelines.dose.DoseKind;
import nl.supplementguidelines.dose.DosePeriod;
import nl.supplementguidelines.dose.DoseRange;
import nl.supplementguidelines.dose.DoseUnit;
import nl.supplementguidelines.guideline.GuidelineDocument;
import nl.supplementguidelines.guideline.GuidelineDocument.DoseInput;
import nl.supplementguidelines.guideline.GuidelineDocument.FootnoteInput;
import nl.supplementguidelines.guideline.GuidelineDocument.RecommendationInput;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Objects;

/**
 * A recommendation as an ActivityDefinition after CPG's medication request activity: kind MedicationRequest, intent
 * proposal, the nutrient as the product (its name as text: we have no codes for nutrients), the daily dose as a UCUM
 * quantity or range ({@code low} only for "Minimaal", {@code high} only for a maximum), per day
 * ({@code timing.repeat} period 1 d, no frequency: the source never says how many intakes), its wording as {@code text}.
 */
@Component
class ActivityDefinitions {

    private final FhirUrls urls;

    ActivityDefinitions(FhirUrls urls) {
        this.urls = urls;
    }

    ObjectNode of(GuidelineVersion version, int position) {
        GuidelineDocument document = version.document();
        RecommendationInput recommendation = document.recommendations().get(position - 1);
        String id = version.activityId(recommendation.nutrient());
        ObjectNode activity = FhirJson.resource("ActivityDefinition", id);
        activity.put("language", document.language());
        activity.put("url", urls.activityCanonical(document.slug(), recommendation.nutrient()));
        activity.put("version", String.valueOf(version.number()));
        activity.put("name", FhirIds.name(document.slug()) + FhirIds.name(recommendation.nutrient().replaceAll("[^a-z0-9-]", "")));
        String nutrient = version.nutrientName(recommendation.nutrient());
        activity.put("title", recommendation.qualifier() == null ? nutrient : nutrient + " (" + recommendation.qualifier() + ")");
        activity.put("status", version.status());
        FhirJson.dates(activity, version);
        if (!recommendation.effects().isEmpty()) {
            activity.put("description", FhirJson.markdownList(recommendation.effects()));
        }
        ArrayNode related = activity.putArray("relatedArtifact");
        related.add(FhirJson.relatedArtifact("citation", "Bron", document.source().title(), version.citation(), null));
        if (recommendation.doseFootnote() != null) {
            FootnoteInput footnote = document.footnotes().stream().filter(f -> f.marker().equals(recommendation.doseFootnote()))
                    .findFirst().orElse(null);
            if (footnote != null) {
                related.add(FhirJson.relatedArtifact("documentation", footnote.marker(), footnote.text(), version.citation(), null));
            }
        }
        activity.put("kind", "MedicationRequest");
        activity.put("intent", "proposal");
        activity.set("productCodeableConcept", FhirJson.text(nutrient));
        activity.putArray("dosage").add(dosage(recommendation.dose()));
        return activity;
    }

    private static ObjectNode dosage(DoseInput input) {
        DoseUnit unit = DoseUnit.fromText(Objects.requireNonNull(input.unit())).orElseThrow();
        DoseRange dose = DoseRange.of(input.minimum(), input.maximum(), unit, DosePeriod.DAY, Objects.requireNonNull(input.wording()));
        ObjectNode dosage = FhirJson.NODES.objectNode();
        dosage.put("text", dose.sourceText());
        ObjectNode repeat = dosage.putObject("timing").putObject("repeat");
        // Per day and no more: the sheets give a daily total, never in how many intakes (so no frequency).
        repeat.put("period", 1);
        repeat.put("periodUnit", dose.period().ucumCode());
        ObjectNode doseAndRate = dosage.putArray("doseAndRate").addObject();
        if (dose.kind() == DoseKind.FIXED) {
            doseAndRate.set("doseQuantity", FhirJson.quantity(Objects.requireNonNull(dose.minimum()), unit.symbol(), unit.ucumCode()));
            return dosage;
        }
        ObjectNode range = doseAndRate.putObject("doseRange");
        if (dose.minimum() != null) {
            range.set("low", FhirJson.quantity(dose.minimum(), unit.symbol(), unit.ucumCode()));
        }
        if (dose.maximum() != null) {
            range.set("high", FhirJson.quantity(dose.maximum(), unit.symbol(), unit.ucumCode()));
        }
        return dosage;
    }
}
