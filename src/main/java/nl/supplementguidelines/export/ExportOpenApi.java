package nl.supplementguidelines.export;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import nl.supplementguidelines.web.problem.ProblemType;
import nl.supplementguidelines.web.problem.Problems;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * The export's own parts of the document: its 400s and the 503 of a busy server as examples, and the headers of its
 * 200 (Vary, Content-Encoding, an ETag that is not a hash of the bytes). Runs after the shared responses and headers
 * are added (web.openapi: HTTP contract at LOWEST_PRECEDENCE - 20), before the document's rules check it (- 10).
 */
@Component
class ExportOpenApi implements OpenApiCustomizer, Ordered {

    private static final Set<String> OPERATIONS = Set.of("exportGuidelines", "exportRecommendations");

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 15;
    }

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        openApi.getPaths().forEach((path, item) -> item.readOperations().stream()
                .filter(operation -> OPERATIONS.contains(operation.getOperationId())).forEach(operation -> document(path, operation)));
    }

    private static void document(String path, Operation operation) {
        ApiResponse ok = operation.getResponses().get("200");
        if (ok != null) {
            // Set here, not in @ExampleObject: springdoc would parse the JSON line into an object, and it is a line of text.
            ok.getContent().values().forEach(media -> media.addExamples(exampleName(operation), "line".equals(exampleName(operation))
                    ? new Example().summary("One line, shortened: most members and six of the seven recommendations left out")
                            .value(ExportExamples.NDJSON_LINE)
                    : new Example().summary("The header and the first two rows").value(ExportExamples.CSV_ROWS)));
            ok.addHeaderObject("Vary", new Header().description("`Accept-Encoding`: the answer is gzipped or not by it")
                    .schema(new StringSchema().example("Accept-Encoding")));
            ok.addHeaderObject("Content-Encoding", new Header().description("`gzip` when `Accept-Encoding` allows it; absent otherwise")
                    .schema(new StringSchema()._enum(java.util.List.of("gzip"))));
            ok.addHeaderObject("ETag", new Header().description("Strong validator of the export: the content version, `versions`, the "
                    + "file and the encoding (not a hash of the bytes, which are streamed); send it back in `If-None-Match`")
                    .schema(new StringSchema().example("\"4ZzVRg2XUo1kCFvt0_IvOA\"")));
        }
        ApiResponse invalid = operation.getResponses().get("400");
        if (invalid != null && invalid.getContent() != null) {
            invalid.getContent().values().forEach(media -> {
                media.getExamples().remove(ProblemType.INVALID_PARAMETER.slug());
                media.addExamples("unknown-parameter", example(path, ProblemType.INVALID_PARAMETER,
                        "Unknown parameter 'version': the export takes only 'versions' (latest or all)."));
                media.addExamples("invalid-versions", example(path, ProblemType.INVALID_PARAMETER,
                        "'versions' must be 'latest' or 'all', was 'every'."));
            });
        }
        ApiResponse unavailable = operation.getResponses().get("503");
        if (unavailable != null && unavailable.getContent() != null) {
            unavailable.description(unavailable.getDescription() + "; or as many exports as the server allows at once are running");
            unavailable.getContent().values().forEach(media -> media.addExamples("export-busy", example(path, ProblemType.SERVICE_UNAVAILABLE,
                    "The server is already running as many exports as it allows at once; retry after 5 seconds.")));
        }
    }

    private static String exampleName(Operation operation) {
        return "exportGuidelines".equals(operation.getOperationId()) ? "line" : "rows";
    }

    private static Example example(String path, ProblemType type, String detail) {
        return new Example().value(Problems.body(type, detail, path));
    }
}
