package nl.supplementguidelines.editing;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import nl.supplementguidelines.web.openapi.ProblemExamples;
import nl.supplementguidelines.web.problem.ProblemType;
import nl.supplementguidelines.web.problem.Problems;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The problems of the editing operations, each with an example as the API writes it. The 403 of four eyes joins the
 * 403 every operation has (a refused browser origin) after the HTTP contract added that one.
 */
@Configuration(proxyBeanMethods = false)
class EditingOpenApi {

    private static final Set<String> DOCUMENT_BODIES = Set.of("createGuidelineDraft", "replaceGuidelineDraft");
    private static final Set<String> WITH_IF_MATCH = Set.of("replaceGuidelineDraft", "discardGuidelineDraft", "publishGuidelineDraft", "withdrawGuideline");
    /** The bodies of one text, by operation: the field a 422 names. */
    private static final Map<String, String> SHORT_BODIES = Map.of("publishGuidelineDraft", "changeNote", "withdrawGuideline", "reason");
    private static final Set<String> EDITING = Set.of("createGuidelineDraft", "startGuidelineDraft", "getGuidelineDraft", "replaceGuidelineDraft",
            "discardGuidelineDraft", "publishGuidelineDraft", "withdrawGuideline", "addNutrient");

    @Bean
    OpenApiCustomizer editingProblems() {
        return openApi -> openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
            String id = operation.getOperationId();
            if ("getGuidelineVersionChanges".equals(id)) {
                add(operation, "404", "The guideline has no such version", ProblemType.NOT_FOUND, "Guideline 'leaky-gut' has no version 7.", path);
            }
            if (!EDITING.contains(id)) {
                return;
            }
            if (!"createGuidelineDraft".equals(id) && !"addNutrient".equals(id)) {
                add(operation, "404", "No such draft or guideline", ProblemType.NOT_FOUND, "Guideline 'dysbiose' has no draft.", path);
            }
            if (operation.getRequestBody() != null) {
                add(operation, "400", "The body is not JSON of the documented shape, or has a member the schema does not (unknown members are refused)",
                        ProblemType.MALFORMED_REQUEST_BODY, "The request body could not be read as JSON of the documented shape. 'recommendations[0].evidnce' is not a member of this request body.",
                        path, ProblemExamples.invalidItem("recommendations[0].evidnce", "is not a member of this request body", null));
                if (SHORT_BODIES.containsKey(id)) {
                    String field = SHORT_BODIES.get(id);
                    add(operation, "422", "`" + field + "` breaks its rule (blank, or longer than 2000 characters): by field path, as for a document",
                            ProblemType.UNPROCESSABLE_CONTENT, field + " must not be blank", path, ProblemExamples.invalidItem(field, "must not be blank", ""));
                } else {
                    add(operation, "422", "Fields that break their rules; every problem of the body in one answer, by field path", ProblemType.UNPROCESSABLE_CONTENT,
                            "'recommendations[2].dose.wording' 'zes gram' is not dose wording this API reads.", path,
                            ProblemExamples.invalidItem("recommendations[2].dose.wording", "'zes gram' is not dose wording this API reads; write an amount and a unit, such as '500 mg'", null));
                }
            }
            if (Set.of("createGuidelineDraft", "startGuidelineDraft", "publishGuidelineDraft", "withdrawGuideline", "addNutrient").contains(id)) {
                add(operation, "409", "Conflicts with what exists: the slug exists or has a draft, a version was published since the draft was started, "
                        + "or the guideline is withdrawn already", ProblemType.CONFLICT, "Guideline 'dysbiose' has a draft already.", path);
            }
            if (WITH_IF_MATCH.contains(id)) {
                add(operation, "428", "No If-Match header (or `*`)", ProblemType.PRECONDITION_REQUIRED,
                        "This operation needs an If-Match header with the ETag of the representation it is based on.", path);
                add(operation, "412", "If-Match names an ETag that is not current: someone changed it since you read it", ProblemType.PRECONDITION_FAILED,
                        "The resource changed since you read it (or the ETag is not its): read it again and retry with its ETag.", path);
            }
            if (DOCUMENT_BODIES.contains(id)) {
                operation.getResponses().get("422").setDescription(operation.getResponses().get("422").getDescription()
                        + ": sizes, an unknown nutrient, unreadable dose wording, a unit that does not fit the nutrient, an evidence level the scale lacks, "
                        + "an unknown footnote marker, a nutrient recommended twice");
            }
        }));
    }

    /** After the HTTP contract and web/security's 401 and 403: four eyes is a 403 of publication too. */
    @Bean
    OpenApiCustomizer fourEyesProblem() {
        return new FourEyes();
    }

    private static final class FourEyes implements OpenApiCustomizer, Ordered {
        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE - 15;
        }

        @Override
        public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
            openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
                if (!EDITING.contains(operation.getOperationId()) || operation.getResponses().get("403") == null) {
                    return;
                }
                // The 401 and 403 of web/security come after the HTTP contract: give them the headers every answer has.
                ApiResponse any = operation.getResponses().get("400");
                operation.getResponses().forEach((status, response) -> {
                    if (any != null && any.getHeaders() != null && (response.getHeaders() == null || !response.getHeaders().containsKey("X-Request-Id"))) {
                        any.getHeaders().forEach((name, header) -> {
                            if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
                                response.addHeaderObject(name, header);
                            }
                        });
                    }
                });
                if ("publishGuidelineDraft".equals(operation.getOperationId())) {
                    ApiResponse forbidden = operation.getResponses().get("403");
                    MediaType media = forbidden.getContent().values().iterator().next();
                    forbidden.setDescription(forbidden.getDescription() + "; or four eyes: you created or changed the draft, a publisher who did neither must publish it");
                    media.addExamples(ProblemType.FOUR_EYES.slug(), new Example().value(Problems.body(ProblemType.FOUR_EYES,
                            "You created or changed this draft (as 'editor'): four eyes, a publisher who did neither since its base version must publish it.", path.replace("{slug}", "dysbiose"))));
                }
            }));
        }
    }

    private static void add(Operation operation, String status, String description, ProblemType type, String detail, String path,
            Map<String, @Nullable Object>... errors) {
        Map<String, @Nullable Object> example = Problems.body(type, detail, path.replace("{slug}", "dysbiose").replace("{from}", "1").replace("{to}", "7"));
        if (errors.length > 0) {
            example.put("errors", List.of(errors));
        }
        operation.getResponses().addApiResponse(status, ProblemExamples.response(description, type, example));
    }

}
