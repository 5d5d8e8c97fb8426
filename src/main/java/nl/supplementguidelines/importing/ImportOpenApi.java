package nl.supplementguidelines.importing;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.responses.ApiResponse;
import nl.supplementguidelines.web.openapi.ProblemExamples;
import nl.supplementguidelines.web.problem.ProblemType;
import nl.supplementguidelines.web.problem.Problems;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The import's answers in the OpenAPI document: a real answer to the example sheet (kept in
 * {@code importing/example-answer.json}), and its own problems, after the HTTP contract added those of every operation
 * (its 415 says JSON; this one takes text).
 */
@Component
class ImportOpenApi implements OpenApiCustomizer, Ordered {

    private static final String OPERATION = "importGuidelineSheet";
    private static final String PATH = "/api/v1/guidelines/imports";

    private final Object example;

    ImportOpenApi(ObjectMapper json) {
        try (InputStream in = new ClassPathResource("importing/example-answer.json").getInputStream()) {
            this.example = json.readValue(in, Object.class);
        } catch (IOException missing) {
            throw new UncheckedIOException("importing/example-answer.json is part of the application", missing);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 15;
    }

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
            if (OPERATION.equals(operation.getOperationId())) {
                document(operation);
            }
        }));
    }

    private void document(Operation operation) {
        operation.getResponses().get("201").getContent().values().forEach(media -> media.setExample(example));
        ApiResponse invalid = operation.getResponses().get("400");
        invalid.setDescription(invalid.getDescription() + "; or the body is not UTF-8 text, or is empty (`/problems/invalid-request-body`)");
        invalid.getContent().values().forEach(media -> media.addExamples(ProblemType.INVALID_REQUEST_BODY.slug(), new Example().value(Problems.body(
                ProblemType.INVALID_REQUEST_BODY, "The sheet is not UTF-8 text: send the extracted text of a sheet as text/plain; charset=utf-8.", PATH))));
        ApiResponse tooLarge = operation.getResponses().get("413");
        tooLarge.setDescription(tooLarge.getDescription() + ", or the sheet has more than " + SheetLines.MAX_LINES + " lines or a line longer than "
                + SheetLines.MAX_LINE_LENGTH + " characters");
        operation.getResponses().addApiResponse("415", ProblemExamples.response("The request body is not `text/plain; charset=utf-8`",
                ProblemType.UNSUPPORTED_MEDIA_TYPE, Problems.body(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                        "Send the sheet as Content-Type: text/plain; charset=utf-8 (was 'text/plain').", PATH)));
        operation.getResponses().addApiResponse("409", ProblemExamples.response("The slug has a published version or a draft already",
                ProblemType.CONFLICT, Problems.body(ProblemType.CONFLICT, "Guideline 'leaky-gut' exists already: start a draft of it with "
                        + "POST /api/v1/guidelines/leaky-gut/draft.", PATH)));
        Map<String, @Nullable Object> noDraft = Problems.body(ProblemType.UNPROCESSABLE_CONTENT, "No draft can be made of this text: it needs a "
                + "title line and an intro paragraph. The findings say what was read of each line.", PATH);
        // Ordered maps: Map.of iterates in an order that changes between runs, and the snapshot is compared byte for byte.
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("nl", "De regel bevat stuurtekens (binaire gegevens?): niet gelezen.");
        message.put("en", "The line has control characters (binary data?): not read.");
        Map<String, Object> finding = new LinkedHashMap<>();
        finding.put("line", 1);
        finding.put("text", "\u0001\u0002");
        finding.put("kind", "NOT_UNDERSTOOD");
        finding.put("code", "import.line.control");
        finding.put("message", message);
        noDraft.put("findings", List.of(finding));
        operation.getResponses().addApiResponse("422", ProblemExamples.response("No draft can be made of the text (no title line or no intro "
                + "paragraph; `findings` says what was read of each line), or the document read breaks a rule of drafts (`errors` by field path, and the `findings` too)",
                ProblemType.UNPROCESSABLE_CONTENT, noDraft));
        // Added after the HTTP contract: give them the headers it gave every other answer.
        for (String status : List.of("409", "415", "422")) {
            invalid.getHeaders().forEach((name, header) -> operation.getResponses().get(status).addHeaderObject(name, header));
        }
    }
}
