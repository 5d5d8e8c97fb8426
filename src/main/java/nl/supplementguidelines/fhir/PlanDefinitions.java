package nl.supplementguidelines.fhir;

import nl.supplementguidelines.evidence.EvidenceLevel;
import nl.supplementguidelines.guideline.GuidelineDocument;
import nl.supplementguidelines.guideline.GuidelineDocument.AttentionPointInput;
import nl.supplementguidelines.guideline.GuidelineDocument.FootnoteInput;
import nl.supplementguidelines.guideline.GuidelineDocument.RecommendationInput;
import nl.supplementguidelines.guideline.GuidelineDocument.RelatedGuidelineInput;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A published version as a PlanDefinition after CPG's recommendation definition (type eca-rule): one action per
 * recommendation pointing at its ActivityDefinition of the same version, with the evidence dots; the source
 * document, attention points, footnotes, editorial notes and related guidelines as related artifacts, each with the
 * version's citation.
 */
@Component
class PlanDefinitions {

    /** The Extensions Pack's quality-of-evidence extension, which CPG 2.0.0 uses on PlanDefinition.action. */
    static final String QUALITY_OF_EVIDENCE = "http://hl7.org/fhir/StructureDefinition/cqf-qualityOfEvidence";
    private static final String PLAN_TYPES = "http://terminology.hl7.org/CodeSystem/plan-definition-type";

    private final FhirUrls urls;
    private final EvidenceCodeSystem evidence;

    PlanDefinitions(FhirUrls urls, EvidenceCodeSystem evidence) {
        this.urls = urls;
        this.evidence = evidence;
    }

    ObjectNode of(GuidelineVersion version) {
        GuidelineDocument document = version.document();
        ObjectNode plan = FhirJson.resource("PlanDefinition", version.planId());
        plan.put("language", document.language());
        plan.put("url", urls.planCanonical(document.slug()));
        plan.put("version", String.valueOf(version.number()));
        plan.put("name", FhirIds.name(document.slug()));
        plan.put("title", document.title());
        plan.set("type", FhirJson.concept(FhirJson.coding(PLAN_TYPES, "eca-rule", "ECA Rule"), null));
        plan.put("status", version.status());
        FhirJson.dates(plan, version);
        plan.put("description", document.description());
        if (document.goal() != null) {
            plan.put("purpose", document.goal());
        }
        plan.set("relatedArtifact", related(version));
        ArrayNode actions = plan.putArray("action");
        for (int position = 1; position <= document.recommendations().size(); position++) {
            actions.add(action(version, position));
        }
        return plan;
    }

    private ArrayNode related(GuidelineVersion version) {
        GuidelineDocument document = version.document();
        String citation = version.citation();
        ArrayNode related = FhirJson.array();
        related.add(FhirJson.relatedArtifact("citation", "Bron", document.source().title(), document.source().description(), null));
        if (version.number() > 1) {
            related.add(FhirJson.relatedArtifact("predecessor", null, "Version " + (version.number() - 1), null,
                    urls.planCanonical(document.slug()) + "|" + (version.number() - 1)));
        }
        if (version.successor() != null) {
            related.add(FhirJson.relatedArtifact("successor", null, "Version " + version.successor().version(), null,
                    urls.planCanonical(document.slug()) + "|" + version.successor().version()));
        }
        if (version.withdrawal() != null) {
            // R4's PlanDefinition has no note element: the withdrawal's reason is a documentation artifact.
            related.add(FhirJson.relatedArtifact("documentation", "Withdrawn", version.withdrawal().reason(),
                    "Withdrawn on " + FhirJson.dateTime(version.withdrawal().at()), null));
        }
        int n = 1;
        for (AttentionPointInput point : document.attentionPoints()) {
            String cited = point.editorialNote() == null ? citation : citation + "\n\nEditorial note: " + point.editorialNote();
            related.add(FhirJson.relatedArtifact("documentation", "Aandachtspunt " + n++, point.text(), cited, null));
        }
        for (FootnoteInput footnote : document.footnotes()) {
            related.add(FhirJson.relatedArtifact("documentation", footnote.marker(), footnote.text(), citation, null));
        }
        for (String note : document.editorialNotes()) {
            related.add(FhirJson.relatedArtifact("documentation", "Editorial note", note, null, null));
        }
        for (RelatedGuidelineInput other : document.relatedGuidelines()) {
            related.add(FhirJson.relatedArtifact("documentation", "Gerelateerde richtlijn", other.title(), null, null));
        }
        return related;
    }

    private ObjectNode action(GuidelineVersion version, int position) {
        GuidelineDocument document = version.document();
        RecommendationInput recommendation = document.recommendations().get(position - 1);
        ObjectNode action = FhirJson.NODES.objectNode();
        ObjectNode quality = action.putArray("extension").addObject();
        quality.put("url", QUALITY_OF_EVIDENCE);
        quality.set("valueCodeableConcept", evidence.concept(EvidenceLevel.of(recommendation.evidence())));
        String nutrient = version.nutrientName(recommendation.nutrient());
        action.put("title", recommendation.qualifier() == null ? nutrient : nutrient + " (" + recommendation.qualifier() + ")");
        if (!recommendation.effects().isEmpty()) {
            action.put("description", String.join("; ", recommendation.effects()));
        }
        action.put("textEquivalent", nutrient + ": " + recommendation.dose().wording() + " per dag");
        action.put("definitionCanonical", urls.activityCanonical(document.slug(), recommendation.nutrient()) + "|" + version.number());
        return action;
    }
}
