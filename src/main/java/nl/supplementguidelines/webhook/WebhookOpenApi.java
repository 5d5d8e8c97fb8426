package nl.supplementguidelines.webhook;

import io.swagger.v3.oas.models.Operation;
import nl.supplementguidelines.web.openapi.ProblemExamples;
import nl.supplementguidelines.web.problem.ProblemType;
import nl.supplementguidelines.web.problem.Problems;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The problems of the webhook operations, each with an example as the API writes it. */
@Configuration(proxyBeanMethods = false)
class WebhookOpenApi {

    private static final Set<String> ONE_ENDPOINT = Set.of("getWebhook", "deleteWebhook", "enableWebhook", "listWebhookDeliveries");
    private static final String EXAMPLE_ID = "0f8e3c2a-5b1d-4c7e-9a6f-2d4b8e1c3a70";

    @Bean
    OpenApiCustomizer webhookProblems() {
        return openApi -> openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
            String id = operation.getOperationId();
            String instance = path.replace("{id}", EXAMPLE_ID);
            if (ONE_ENDPOINT.contains(id)) {
                add(operation, "404", "No endpoint of yours has this id (another subject's endpoint is not found either)", ProblemType.NOT_FOUND,
                        new WebhookNotFound(EXAMPLE_ID).getMessage(), instance);
            }
            if (!"registerWebhook".equals(id)) {
                return;
            }
            WebhookTargetRefused refused = new WebhookTargetRefused("its host 'intranet.example.org' resolves to 10.0.0.7, a private address");
            Map<String, @Nullable Object> refusal = Problems.body(ProblemType.WEBHOOK_TARGET_REFUSED, refused.detail(), instance);
            refusal.putAll(refused.members());
            Map<String, @Nullable Object> malformed = Problems.body(ProblemType.MALFORMED_REQUEST_BODY, "The request body could not be read as JSON of "
                    + "the documented shape. 'secret' is not a member of this request body.", instance);
            malformed.put("errors", List.of(ProblemExamples.invalidItem("secret", "is not a member of this request body", null)));
            operation.getResponses().addApiResponse("400", ProblemExamples.response("The URL is refused by the SSRF guard (`/problems/webhook-target-refused`, "
                    + "`reason` says why: not https, a host that does not resolve or resolves to a loopback, private, link-local, CGNAT, "
                    + "unique-local, multicast or reserved address); or the body is not JSON of the documented shape (unknown members are refused)",
                    ProblemType.WEBHOOK_TARGET_REFUSED, refusal));
            operation.getResponses().get("400").getContent().values().iterator().next()
                    .addExamples(ProblemType.MALFORMED_REQUEST_BODY.slug(), new io.swagger.v3.oas.models.examples.Example().value(malformed));
            Map<String, @Nullable Object> invalid = Problems.body(ProblemType.UNPROCESSABLE_CONTENT, "url must not be blank", instance);
            invalid.put("errors", List.of(ProblemExamples.invalidItem("url", "must not be blank", "")));
            operation.getResponses().addApiResponse("422", ProblemExamples.response("Fields that break their rules (a blank or too long URL or "
                    + "description, an empty events list or one naming a type twice), every one in one answer", ProblemType.UNPROCESSABLE_CONTENT, invalid));
            add(operation, "409", "You have as many endpoints as one subject may register (`api.webhooks.max-endpoints`)", ProblemType.CONFLICT,
                    "You have 20 webhook endpoints, as many as one may register; delete one first.", instance);
        }));
    }

    private static void add(Operation operation, String status, String description, ProblemType type, String detail, String instance) {
        operation.getResponses().addApiResponse(status, ProblemExamples.response(description, type, Problems.body(type, detail, instance)));
    }

}
