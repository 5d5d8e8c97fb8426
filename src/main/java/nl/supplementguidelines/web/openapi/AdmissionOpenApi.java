package nl.supplementguidelines.web.openapi;

import nl.supplementguidelines.web.ApiPaths;
import nl.supplementguidelines.web.admission.AdmissionProperties;
import nl.supplementguidelines.web.ratelimit.RateLimitProperties;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import nl.supplementguidelines.web.admission.ContentTooLarge;
import nl.supplementguidelines.web.problem.ProblemType;
import nl.supplementguidelines.web.problem.Problems;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Documents admission control in the OpenAPI document: the price of every operation in rate-limit tokens (an
 * {@code x-rate-limit-cost} extension and a sentence in its description) and the 413 problem of every operation that
 * takes a body. The figures come from the running configuration, so the document never disagrees with the limiter.
 */
@Configuration(proxyBeanMethods = false)
class AdmissionOpenApi {

    /** What each priced operation counts as its items; operations not listed cost 1 token. */
    private static final Map<String, String> ITEMS = Map.of(
            "checkDoses", "guideline and intake",
            "buildRegimen", "guideline",
            "checkInteractions", "medicine, nutrient and guideline (of `guideline` or `regimen`)");

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    OpenApiCustomizer admissionControl(RateLimitProperties rates, AdmissionProperties limits) {
        return openApi -> openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String items = ITEMS.get(operation.getOperationId());
            boolean export = method == PathItem.HttpMethod.GET && ApiPaths.isExport(path);
            Map<String, Object> cost = new LinkedHashMap<>();
            cost.put("tokens", export ? rates.exportPrice() : items == null ? 1 : rates.postCost());
            if (items != null) {
                cost.put("perItem", rates.itemCost());
                cost.put("items", items);
            }
            operation.addExtension("x-rate-limit-cost", cost);
            String price = export ? "Rate limit: costs " + rates.exportPrice() + " tokens of the client's budget, taken on arrival "
                    + "(a 429 when fewer remain)."
                    : items == null ? "Rate limit: costs 1 token of the client's budget."
                    : "Rate limit: costs " + rates.postCost() + " tokens plus " + rates.itemCost() + " per " + items
                    + " of the client's budget, charged once the body is read (a 429 when fewer remain).";
            operation.setDescription(operation.getDescription() == null ? price : operation.getDescription() + " " + price);
            if (operation.getRequestBody() != null || method == PathItem.HttpMethod.POST) {
                operation.getResponses().addApiResponse("413", tooLarge(path, limits.maxBodyBytes()));
            }
        }));
    }

    private static ApiResponse tooLarge(String path, long maxBytes) {
        ProblemType type = ProblemType.CONTENT_TOO_LARGE;
        // The instance is a path, not a template: a path variable in it would not be a URI reference.
        Map<String, @Nullable Object> example = Problems.body(type, ContentTooLarge.detail(maxBytes), OpenApiConfiguration.examplePath(path));
        example.put("maxBodySize", maxBytes);
        return ProblemExamples.response("The request body is larger than " + maxBytes + " bytes", type, example);
    }
}
