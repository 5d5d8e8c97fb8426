package nl.supplementguidelines.dosecheck;

import nl.supplementguidelines.web.openapi.ProblemExamples;
import nl.supplementguidelines.web.problem.ProblemType;
import nl.supplementguidelines.web.problem.Problems;
import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents the request examples and the 400 and 422 problems of the dose-intelligence operations (dose checks,
 * regimens, interaction checks). The 200 examples are real responses in {@code openapi/examples}.
 */
@Configuration(proxyBeanMethods = false)
class DoseIntelligenceOpenApi {

    /**
     * The request examples per operation, in the order Swagger UI shows them (the first is the one it fills in).
     * Ordered maps: {@code Map.of} iterates in an order that changes between restarts. Each is accepted (2xx).
     */
    private static final Map<String, Map<String, String>> REQUESTS = new LinkedHashMap<>();

    static {
        Map<String, String> checkDoses = new LinkedHashMap<>();
        checkDoses.put("amountAndUnit", "{\"guidelines\":[\"leaky-gut\"],\"intakes\":[{\"nutrient\":\"Zinc\",\"amount\":30,\"unit\":\"mg\"},{\"nutrient\":\"vitamine-d\",\"dose\":\"25 µg (1000 IE)\"}]}");
        // An intake is an amount, not a bound: "Minimaal 1x10^9 cfu" is refused (422), "1x10^9 cfu" is what was taken.
        checkDoses.put("doseWording", "{\"guidelines\":[\"leaky-gut\"],\"intakes\":[{\"nutrient\":\"L-glutamine\",\"dose\":\"1,5 g\"},{\"nutrient\":\"Probiotica\",\"dose\":\"1x10^9 cfu\"}]}");
        // A guideline may be named with its version: the check is then against that published version, whatever came after.
        checkDoses.put("namedVersion", "{\"guidelines\":[\"leaky-gut@1\"],\"intakes\":[{\"nutrient\":\"zink\",\"amount\":30,\"unit\":\"mg\"}]}");
        REQUESTS.put("checkDoses", checkDoses);
        REQUESTS.put("buildRegimen", Map.of("oneGuideline", "{\"guidelines\":[\"leaky-gut\"]}"));
        Map<String, String> checkInteractions = new LinkedHashMap<>();
        checkInteractions.put("nutrients", "{\"medicines\":[\"J01MA02\",\"statins\"],\"nutrients\":[\"zink\",\"Vitamin D\",\"L-glutamine\"]}");
        checkInteractions.put("guideline", "{\"medicines\":[\"J01MA02\"],\"guideline\":\"leaky-gut\"}");
        checkInteractions.put("regimen", "{\"medicines\":[\"C03AA03\"],\"regimen\":{\"guidelines\":[\"leaky-gut\"]}}");
        REQUESTS.put("checkInteractions", checkInteractions);
    }

    @Bean
    OpenApiCustomizer doseIntelligenceProblems(tools.jackson.databind.ObjectMapper objectMapper) {
        return openApi -> openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
            if ("getInteraction".equals(operation.getOperationId())) {
                operation.getResponses().addApiResponse("400", problem("/api/v1/interactions/one", "The row is not a whole number", ProblemType.INVALID_PARAMETER,
                        "Parameter 'row' must be a whole number, but was 'one'.", "row", "must be a whole number", "one"));
            }
            Map<String, String> requests = REQUESTS.get(operation.getOperationId());
            if (requests == null) {
                return;
            }
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().values().forEach(media -> requests.forEach((name, json) ->
                        media.addExamples(name, new Example().value(objectMapper.readValue(json, Object.class)))));
            }
            addProblems(operation, path);
        }));
    }

    private static void addProblems(Operation operation, String path) {
        operation.getResponses().addApiResponse("400", problem(path, "Malformed JSON, or a field that breaks the schema: missing, of the wrong type, "
                        + "zero or negative, too large, or a list that is empty or longer than its documented limit",
                ProblemType.INVALID_REQUEST_BODY,
                "'intakes[0].amount' must be greater than 0.", "intakes[0].amount", "must be greater than 0", 0));
        operation.getResponses().addApiResponse("422", problem(path, "Well-formed, but naming an unknown nutrient, guideline, unit or medicine, a unit that "
                        + "does not fit the nutrient, or unreadable dose wording",
                ProblemType.UNPROCESSABLE_CONTENT,
                "'intakes[1].unit' unit IU cannot be used for Zink: IU cannot be converted to mg: IU converts to mass only for a substance that defines a factor, and this one defines none; guideline leaky-gut gives it in mg.",
                "intakes[1].unit", "unit IU cannot be used for Zink: IU cannot be converted to mg: IU converts to mass only for a substance that defines a factor, "
                        + "and this one defines none; guideline leaky-gut gives it in mg", "IU"));
    }

    private static ApiResponse problem(String path, String description, ProblemType type, String detail,
            String field, String message, Object rejected) {
        Map<String, @Nullable Object> example = Problems.body(type, detail, path);
        example.put("errors", List.of(ProblemExamples.invalidItem(field, message, rejected)));
        return ProblemExamples.response(description, type, example);
    }
}
