package nl.supplementguidelines.web.openapi;

import nl.supplementguidelines.web.admission.AcceptHeaderFilter;

import nl.supplementguidelines.web.problem.DatabaseFailures;
import nl.supplementguidelines.web.problem.ProblemType;
import nl.supplementguidelines.web.problem.Problems;
import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI document: what the data is, where it comes from, and the problem responses every
 * operation can give. Response examples are real API output kept in {@code openapi/examples}
 * (OpenApiDocumentTest and DoseIntelligenceOpenApiTest fail when they drift from what the API returns).
 * What every operation answers besides, and the schema rules, are in {@link OpenApiHttpContract} and
 * {@link OpenApiSchemaRules}; {@link OpenApiDocumentOrder} fixes the order.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String PROBLEM_SCHEMA = "Problem";
    static final String EXAMPLES = "classpath:openapi/examples/*.json";
    static final String PROBLEM_JSON = "application/problem+json";
    /** What the server says for an unknown value of each path variable, as {@code GET} of the example path answers. */
    private static final Map<String, String> NOT_FOUND = Map.of(
            "/api/v1/guidelines/", "There is no guideline with slug 'unknown'.",
            "/api/v1/nutrients/", "There is no nutrient with slug 'unknown'.",
            "/api/v1/interactions/", "There is no interaction row 999. GET /api/v1/interactions lists them.",
            "/problems/", "There is no problem type 'unknown'. GET /problems lists them.");

    @Bean
    OpenAPI supplementGuidelinesOpenApi() {
        return new OpenAPI()
                // A relative server: the document is the same on every port and host (the snapshot test relies on it).
                .servers(List.of(new Server().url("/").description("The host that served this document")))
                .info(new Info()
                        // No open licence has been chosen; an SPDX "LicenseRef-" says so without inventing one.
                        .license(new License().name("Proprietary: no licence to reuse the API or its content is granted; "
                                + "the guideline content remains its source document's").identifier("LicenseRef-Proprietary"))
                        .title("Supplement guidelines API")
                        .version("v1")
                        .description("""
                                Dutch supplement guidelines ("suppletierichtlijnen") as structured, typed data: per condition, \
                                which nutrients help, at what daily dose (exact decimal amounts with UCUM units), with how much \
                                evidence, what to watch out for, and which guidelines are related.

                                **Source.** The content is taken from the one-page document "Suppletierichtlijn Leaky gut", a Dutch \
                                guideline of a series for practitioners, as a plain-text extraction; our copy names no publisher. \
                                Every statement and number is served as the document gives it; notes of ours are marked as \
                                editorial notes.

                                **Language.** Guideline content is Dutch (`Content-Language: nl`); error messages are English.

                                **Errors** are RFC 9457 `application/problem+json` documents. Their `type` is stable per kind of \
                                error and resolves to a description (`GET /problems`).

                                **Not medical advice.** This API serves the content of published guidelines for professionals. It \
                                does not give medical advice, diagnosis or treatment; decisions about supplements belong with a \
                                qualified practitioner."""));
    }

    /**
     * Registers the problem schema after springdoc has built the components: springdoc replaces the schemas set on the
     * OpenAPI bean with the scanned ones, which left every problem response's $ref pointing at a missing schema.
     */
    @Bean
    OpenApiCustomizer problemSchemaComponent() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
        };
    }

    @Bean
    OpenApiCustomizer problemResponsesAndExamples(ObjectMapper objectMapper) {
        Map<String, Object> examples = loadExamples(objectMapper);
        return openApi -> openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
            ApiResponse ok = operation.getResponses().get("200");
            Object example = examples.get(operation.getOperationId());
            if (ok != null && ok.getContent() != null && example != null) {
                ok.getContent().values().forEach(media -> media.setExample(example));
            }
            addProblems(operation, path);
        }));
    }

    private static void addProblems(Operation operation, String path) {
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (hasParameters && operation.getParameters().stream().anyMatch(p -> "query".equals(p.getIn()))) {
            operation.getResponses().addApiResponse("400", problem("A parameter is malformed or out of bounds",
                    ProblemType.INVALID_PARAMETER, "'size' must be less than or equal to 100.", path));
        }
        if (path.contains("{")) {
            operation.getResponses().addApiResponse("404", problem("No resource with that slug",
                    ProblemType.NOT_FOUND, notFoundDetail(path), path));
        }
        operation.getResponses().addApiResponse("406", problem("The Accept header allows no JSON representation",
                ProblemType.NOT_ACCEPTABLE, AcceptHeaderFilter.REFUSES_JSON, path));
        operation.getResponses().addApiResponse("429", problem("This client exceeded its rate limit; see Retry-After and the RateLimit headers",
                ProblemType.TOO_MANY_REQUESTS, "This client exceeded its limit of 300 requests in a burst and 100 per 1s. Retry after 1 seconds.", path));
        operation.getResponses().addApiResponse("503", problem("The database cannot be reached right now; retry after Retry-After seconds",
                ProblemType.SERVICE_UNAVAILABLE, DatabaseFailures.UNAVAILABLE_DETAIL, path));
        operation.getResponses().addApiResponse("500", problem("Unexpected failure; no internals are exposed",
                ProblemType.INTERNAL_ERROR, "An unexpected error occurred. Quote reference 6f1c2a9e-3b4d-4c5e-8f70-112233445566 when reporting it.", path));
    }

    private static String notFoundDetail(String path) {
        return NOT_FOUND.entrySet().stream().filter(known -> path.startsWith(known.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse("There is no resource at this path.");
    }

    /** The example path of a path template: {@code /api/v1/interactions/999}, {@code /problems/unknown}. */
    static String examplePath(String path) {
        return path.replace("{row}", "999").replaceAll("\\{[^}]+}", "unknown");
    }

    /**
     * A problem response with one example; the example's {@code instance} is the path with its variables filled
     * in (a URI reference), absent when {@code path} is null (Tomcat's own errors carry none).
     */
    static ApiResponse problem(String description, ProblemType type, String detail, @Nullable String path) {
        return ProblemExamples.response(description, type, Problems.body(type, detail, path == null ? null : examplePath(path)));
    }


    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Schema<?> errorItem = new ObjectSchema()
                .addProperty("name", new StringSchema().description("The parameter or field"))
                .addProperty("message", new StringSchema().description("What is wrong with it"))
                .addProperty("rejectedValue", new Schema<>().description("The value sent, shortened"));
        return new ObjectSchema()
                .description("An RFC 9457 problem document")
                .addProperty("type", new StringSchema().format("uri-reference").description("Stable identifier of the kind of error; resolves to its description"))
                .addProperty("title", new StringSchema().description("Short summary of the kind of error"))
                .addProperty("status", new IntegerSchema().description("The HTTP status code"))
                .addProperty("detail", new StringSchema().description("What went wrong with this request, for a person"))
                .addProperty("instance", new StringSchema().format("uri-reference").description("The path of the request"))
                .addProperty("errors", new io.swagger.v3.oas.models.media.ArraySchema().items(errorItem)
                        .description("For invalid input: each parameter or field and why it was refused"))
                .addProperty("reference", new StringSchema().description("For internal errors: the id to quote when reporting"))
                .addProperty("requestId", new StringSchema().description("The request's id (the X-Request-Id header), as it appears in the server's logs"))
                .addProperty("requiredScope", new StringSchema().description("For a token without the scope an editing operation needs: that scope"));
    }

    private static Map<String, Object> loadExamples(ObjectMapper objectMapper) {
        Map<String, Object> examples = new LinkedHashMap<>();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(EXAMPLES);
            // The resolver lists files in the order of the file system or jar; sorted, the document is the same everywhere.
            Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
            for (Resource resource : resources) {
                String name = resource.getFilename();
                try (InputStream in = resource.getInputStream()) {
                    examples.put(name.substring(0, name.length() - ".json".length()), objectMapper.readValue(in, Object.class));
                }
            }
        } catch (java.io.FileNotFoundException noExamples) {
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenAPI examples", e);
        }
        return examples;
    }
}
