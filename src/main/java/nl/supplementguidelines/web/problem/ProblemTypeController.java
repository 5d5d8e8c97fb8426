package nl.supplementguidelines.web.problem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;

/** Makes every problem {@code type} URI dereferenceable: it names a page that says what the error means. */
@RestController
@Tag(name = "Problem types", description = "What each kind of error (the `type` of a problem response) means")
class ProblemTypeController {

    @Schema(name = "ProblemTypeDescription")
    record ProblemTypeView(
            @Schema(example = "/problems/not-found") String type,
            @Schema(example = "Resource not found") String title,
            @Schema(example = "404") int status,
            String description) {

        static ProblemTypeView of(ProblemType type) {
            return new ProblemTypeView(type.uri().toString(), type.title(), type.status().value(), type.description());
        }
    }

    @GetMapping(path = "/problems", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listProblemTypes", summary = "List the kinds of error", description = "Every `type` URI that a problem response of this API can carry, with its meaning.")
    List<ProblemTypeView> list() {
        return Arrays.stream(ProblemType.values()).map(ProblemTypeView::of).toList();
    }

    @GetMapping(path = "/problems/{kind}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getProblemType", summary = "Describe one kind of error", description = "The page a problem's `type` URI points at.")
    ProblemTypeView describe(@Parameter(description = "The last segment of a problem type URI", example = "not-found") @PathVariable String kind) {
        return Arrays.stream(ProblemType.values()).filter(type -> type.slug().equals(kind)).findFirst()
                .map(ProblemTypeView::of)
                .orElseThrow(() -> new ProblemTypeNotFound(kind));
    }

    static class ProblemTypeNotFound extends ResourceNotFound {
        ProblemTypeNotFound(String kind) {
            super("There is no problem type '" + kind + "'. GET /problems lists them.");
        }
    }
}
