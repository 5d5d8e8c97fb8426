package nl.supplementguidelines.editing;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request bodies of the editing operations, as one session in Swagger UI sends them one after the other: draft the
 * placeholder guideline {@code voorbeeld} (the README's example: not content), replace it, publish it, start and
 * discard a second draft, add a nutrient, translate version 1, withdraw it. Without these, Swagger UI would build a
 * body from the schemas ({@code "string"} in every list), which the validation rightly refuses.
 * {@code scripts/check-swagger-ui.sh} sends them in that order with an editor's and a publisher's token.
 */
@Configuration(proxyBeanMethods = false)
class EditingRequestExamples {

    static final String SLUG = "voorbeeld";

    @Bean
    OpenApiCustomizer editingRequestBodies() {
        return openApi -> openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
            Object example = switch (operation.getOperationId()) {
                case "createGuidelineDraft" -> document("15-20 mg");
                case "replaceGuidelineDraft" -> document("20-25 mg");
                case "publishGuidelineDraft" -> Map.of("changeNote", "Eerste versie");
                case "withdrawGuideline" -> Map.of("reason", "Alleen een voorbeeld");
                case "addNutrient" -> nutrient();
                case "putGuidelineTranslation" -> translation();
                default -> null;
            };
            if (example != null) {
                setExample(operation, example);
            }
        }));
    }

    private static void setExample(Operation operation, Object example) {
        MediaType json = operation.getRequestBody().getContent().get(org.springframework.http.MediaType.APPLICATION_JSON_VALUE);
        json.setExample(example);
    }

    /** The README's placeholder document, with the dose the step sets (the replacement changes only the dose). */
    static Map<String, @Nullable Object> document(String zincDose) {
        Map<String, @Nullable Object> recommendation = new LinkedHashMap<>();
        recommendation.put("nutrient", "zink");
        recommendation.put("qualifier", null);
        recommendation.put("effects", List.of());
        recommendation.put("dose", Map.of("wording", zincDose));
        recommendation.put("doseFootnote", null);
        recommendation.put("evidence", 2);
        Map<String, @Nullable Object> document = new LinkedHashMap<>();
        document.put("slug", SLUG);
        document.put("title", "Voorbeeld (geen richtlijn)");
        document.put("language", "nl");
        document.put("alternativeNames", List.of());
        document.put("description", "Voorbeeld van een document.");
        document.put("causes", List.of());
        document.put("relatedConditions", List.of());
        document.put("causalityStatement", null);
        document.put("goal", null);
        document.put("recommendations", List.of(recommendation));
        document.put("attentionPoints", List.of());
        document.put("footnotes", List.of());
        document.put("editorialNotes", List.of());
        document.put("relatedGuidelines", List.of(ordered("slug", "leaky-gut", "title", "Leaky gut")));
        document.put("source", ordered("title", "Voorbeeld", "description", "Een voorbeeld voor de README."));
        return document;
    }

    /** A nutrient that is no content either, without an IU factor (that needs a citation it comes from). */
    private static Map<String, @Nullable Object> nutrient() {
        Map<String, @Nullable Object> nutrient = ordered("slug", "voorbeeld-nutrient", "name", "Voorbeeldnutriënt");
        nutrient.putAll(ordered("category", "MINERAL", "nameEn", "Example nutrient"));
        return nutrient;
    }

    /** The English texts of version 1 of the document above: its structure, one recommendation without a qualifier. */
    private static Map<String, @Nullable Object> translation() {
        Map<String, @Nullable Object> recommendation = new LinkedHashMap<>();
        recommendation.put("qualifier", null);
        recommendation.put("effects", List.of());
        Map<String, @Nullable Object> texts = new LinkedHashMap<>();
        texts.put("title", "Example (not a guideline)");
        texts.put("alternativeNames", List.of());
        texts.put("description", "Example of a document.");
        texts.put("causes", List.of());
        texts.put("relatedConditions", List.of());
        texts.put("causalityStatement", null);
        texts.put("goal", null);
        texts.put("recommendations", List.of(recommendation));
        texts.put("attentionPoints", List.of());
        texts.put("footnotes", List.of());
        return texts;
    }

    private static Map<String, @Nullable Object> ordered(String k1, String v1, String k2, String v2) {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }
}
