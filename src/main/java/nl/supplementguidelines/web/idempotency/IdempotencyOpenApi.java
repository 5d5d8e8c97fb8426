package nl.supplementguidelines.web.idempotency;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import nl.supplementguidelines.web.openapi.ProblemExamples;
import nl.supplementguidelines.web.problem.ProblemType;
import nl.supplementguidelines.web.problem.Problems;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents {@code Idempotency-Key}: a reusable header parameter ({@code #/components/parameters/IdempotencyKey}),
 * attached with its 400, 409 and 422 answers to every operation whose handler carries {@link IdempotentOperation}.
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyOpenApi {

    static final String PARAMETER = "IdempotencyKey";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenApiCustomizer idempotencyKeyParameter(IdempotencyProperties properties) {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addParameters(PARAMETER, new HeaderParameter().name(Idempotency.HEADER).required(false)
                    .description("Makes the request safe to retry: a retry with the same key and the same request answers as the first "
                            + "time (status, Location, ETag and body, with `Idempotent-Replayed: true`) and changes nothing again. "
                            + "One key per request, per editor; remembered for " + properties.retention().toHours() + " hours. The same "
                            + "key with a different request is a 422, a retry while the first is still running a 409.")
                    .schema(new StringSchema().minLength(1).maxLength(Idempotency.MAX_KEY_LENGTH).pattern("^[\\x21-\\x7E]+$"))
                    .example("5f0c1d2e-8a47-4c1b-9e0f-3b2a6d7c8e91"));
        };
    }

    @Bean
    OperationCustomizer idempotentOperations() {
        return (operation, handler) -> {
            if (!handler.hasMethodAnnotation(IdempotentOperation.class)) {
                return operation;
            }
            operation.addParametersItem(new Parameter().$ref("#/components/parameters/" + PARAMETER));
            add(operation, "409", "A request with this Idempotency-Key is still being processed",
                    ProblemType.IDEMPOTENCY_KEY_IN_FLIGHT, Problems.body(ProblemType.IDEMPOTENCY_KEY_IN_FLIGHT, IdempotencyConflict.IN_FLIGHT, null));
            add(operation, "422", "The Idempotency-Key was used for a different request",
                    ProblemType.IDEMPOTENCY_KEY_REUSED, Problems.body(ProblemType.IDEMPOTENCY_KEY_REUSED, IdempotencyConflict.REUSED, null));
            Map<String, @Nullable Object> malformed = Problems.body(ProblemType.INVALID_PARAMETER,
                    "'" + Idempotency.HEADER + "' " + Idempotency.KEY_RULE, null);
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("name", Idempotency.HEADER);
            error.put("message", Idempotency.KEY_RULE);
            error.put("rejectedValue", "key with spaces");
            malformed.put("errors", List.of(error));
            add(operation, "400", "The Idempotency-Key header is malformed", ProblemType.INVALID_PARAMETER, malformed);
            return operation;
        };
    }

    /** Adds the answer, or only its example when the operation documents that status already (a 422 of validation, say). */
    private static void add(Operation operation, String status, String description, ProblemType type, Map<String, @Nullable Object> example) {
        ApiResponse ours = ProblemExamples.response(description, type, example);
        ApiResponse existing = operation.getResponses().get(status);
        MediaType media = existing == null || existing.getContent() == null ? null : existing.getContent().get(PROBLEM_JSON);
        if (media == null) {
            operation.getResponses().addApiResponse(status, ours);
            return;
        }
        media.addExamples(type.slug(), ours.getContent().get(PROBLEM_JSON).getExamples().get(type.slug()));
        existing.setDescription(existing.getDescription() + "; or: " + description);
    }
}
