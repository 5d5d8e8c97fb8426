package nl.supplementguidelines.fhir;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents the /fhir operations as FHIR answers: a success is a FHIR resource (its schema is FHIR's, only named here)
 * and a 400 or 404 is an OperationOutcome in application/fhir+json, not the problem+json of the rest of the API. It
 * runs after the customizer that gives every operation its problem responses (order 0) and before the HTTP contract,
 * which adds the 400 that Tomcat answers (problem+json) beside ours.
 */
@Component
class FhirOpenApi implements OpenApiCustomizer, Ordered {

    static final String RESOURCE = "FhirResource";
    static final String RESOURCE_REF = "#/components/schemas/" + RESOURCE;
    static final String OUTCOME = "FhirOperationOutcome";
    private static final String FHIR_JSON = "application/fhir+json";

    @Override
    public int getOrder() {
        return 1;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        openApi.getComponents().addSchemas(RESOURCE, new ObjectSchema()
                .description("A FHIR R4 (4.0.1) resource as JSON. Its structure is defined by FHIR (https://hl7.org/fhir/R4/), not repeated here; "
                        + "the members are those of its resourceType.")
                .addProperty("resourceType", new StringSchema().description("The FHIR resource type").example("PlanDefinition"))
                .addProperty("id", new StringSchema().description("The logical id").example("leaky-gut.1"))
                .required(List.of("resourceType"))
                .additionalProperties(true));
        Schema issue = new ObjectSchema()
                .addProperty("severity", new StringSchema().description("Always error here").example("error"))
                .addProperty("code", new StringSchema().description("not-found, invalid or not-supported").example("not-found"))
                .addProperty("diagnostics", new StringSchema().description("What was wrong, naming the parameter or id"))
                .required(List.of("severity", "code", "diagnostics"));
        openApi.getComponents().addSchemas(OUTCOME, new ObjectSchema()
                .description("A FHIR R4 OperationOutcome with one issue")
                .addProperty("resourceType", new StringSchema()._enum(List.of("OperationOutcome")))
                .addProperty("issue", new ArraySchema().items(issue).minItems(1))
                .required(List.of("resourceType", "issue")));
        openApi.getPaths().forEach((path, item) -> {
            if (!path.startsWith(FhirController.PATH + "/")) {
                return;
            }
            item.readOperations().forEach(operation -> {
                // The platform's errors here (405, 406, 429, 503, ...) are OperationOutcomes too (FhirErrorFormat).
                operation.getResponses().forEach((code, response) -> {
                    if (code.compareTo("400") > 0 && !code.equals("404") && response.getContent() != null) {
                        int status = Integer.parseInt(code);
                        operation.getResponses().put(code, outcome(response.getDescription(), FhirErrorFormat.code(status),
                                org.springframework.http.HttpStatus.valueOf(status).getReasonPhrase() + "."));
                    }
                });
                if (operation.getResponses().get("400") != null) {
                    operation.getResponses().addApiResponse("400", outcome("A search or read parameter that is unknown, repeated, too long or "
                            + "out of bounds", "not-supported", "Unknown search parameter 'title' for PlanDefinition. Supported parameters: "
                            + String.join(", ", SearchRequest.PARAMETERS) + "."));
                }
                if (path.contains("{")) {
                    operation.getResponses().addApiResponse("404", outcome("No resource of ours has that id", "not-found",
                            "PlanDefinition/unknown.1 is not known: ids are slug.version (PlanDefinition, Bundle), slug.version.nutrient "
                                    + "(ActivityDefinition) of a published guideline version, or evidence-dots (CodeSystem)."));
                }
            });
        });
    }

    private static ApiResponse outcome(String description, String code, String diagnostics) {
        // Ordered maps: Map.of iterates in an order that changes from one JVM to the next, and the document must not.
        Map<String, Object> issue = new LinkedHashMap<>();
        issue.put("severity", "error");
        issue.put("code", code);
        issue.put("diagnostics", diagnostics);
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("resourceType", "OperationOutcome");
        example.put("issue", List.of(issue));
        MediaType media = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + OUTCOME))
                .examples(Map.of(code, new Example().value(example)));
        return new ApiResponse().description(description).content(new Content().addMediaType(FHIR_JSON, media));
    }
}
