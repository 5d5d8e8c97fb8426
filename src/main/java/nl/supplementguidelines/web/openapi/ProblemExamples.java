package nl.supplementguidelines.web.openapi;

import org.springframework.modulith.NamedInterface;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import nl.supplementguidelines.web.problem.ProblemType;
import nl.supplementguidelines.web.problem.Problems;
import org.jspecify.annotations.Nullable;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A documented problem response: the Problem schema and one example, a body built by {@link Problems#body} like the
 * answers themselves, so the examples cannot drift from them. Features documenting their own problems use it too.
 */
// The one type of web's OpenAPI support features use: their operations' problem examples.
@NamedInterface("problem-examples")
public final class ProblemExamples {

    private ProblemExamples() {
    }

    /** The response, its example named by the problem type's slug. */
    public static ApiResponse response(String description, ProblemType type, Map<String, @Nullable Object> example) {
        return new ApiResponse().description(description).content(new Content().addMediaType(OpenApiConfiguration.PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + OpenApiConfiguration.PROBLEM_SCHEMA))
                        .addExamples(type.slug(), new Example().value(example))));
    }

    /** One entry of a problem's {@code errors}, as {@code web/problem/InvalidItem} serialises it (name, message, rejectedValue). */
    public static Map<String, @Nullable Object> invalidItem(String name, String message, @Nullable Object rejectedValue) {
        Map<String, @Nullable Object> item = new LinkedHashMap<>();
        item.put("name", name);
        item.put("message", message);
        item.put("rejectedValue", rejectedValue);
        return item;
    }
}
