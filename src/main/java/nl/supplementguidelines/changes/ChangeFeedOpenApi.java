package nl.supplementguidelines.changes;

import nl.supplementguidelines.web.openapi.ProblemExamples;
import nl.supplementguidelines.web.problem.ProblemType;
import nl.supplementguidelines.web.problem.Problems;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/** Documents the feed's own problem: a cursor beyond its last position (409). */
@Configuration(proxyBeanMethods = false)
class ChangeFeedOpenApi {

    @Bean
    OpenApiCustomizer changeFeedProblems() {
        return openApi -> openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
            if ("listChanges".equals(operation.getOperationId())) {
                CursorBeyondEnd example = new CursorBeyondEnd(120, 57);
                Map<String, @Nullable Object> body = Problems.body(ProblemType.CURSOR_BEYOND_END, example.detail(), path);
                body.putAll(example.members());
                operation.getResponses().addApiResponse("409", ProblemExamples.response("`after` is beyond the feed's last position: "
                        + "the cursor does not come from this feed (a restored or another database); resync from after=0",
                        ProblemType.CURSOR_BEYOND_END, body));
            }
        }));
    }
}
