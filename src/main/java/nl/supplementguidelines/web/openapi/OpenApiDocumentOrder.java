package nl.supplementguidelines.web.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Puts the document in one order, so it is byte-identical across restarts and machines (the snapshot test
 * compares it byte for byte): paths, component schemas, tags and each operation's responses sorted by key.
 * Nothing else is reordered: properties keep the records' order and examples the order they are listed in.
 *
 * <p>The document's customizers run in the order below ({@link OpenApiCustomizerSequence}); one without an order
 * (a {@code @Bean} lambda adding responses or schemas) counts as {@link #ADDITIONS} and gets the headers, rules and
 * order applied to what it adds.
 */
@Component
class OpenApiDocumentOrder implements OpenApiCustomizer, Ordered {

    /** Customizers that add schemas, responses and examples. */
    static final int ADDITIONS = 0;
    /** {@link OpenApiHttpContract}: what every operation can answer, with its headers. */
    static final int HTTP_CONTRACT = Ordered.LOWEST_PRECEDENCE - 20;
    /** {@link OpenApiSchemaRules}: JSON Schema 2020-12 fixes and open enums. */
    static final int RULES = Ordered.LOWEST_PRECEDENCE - 10;

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() != null) {
            Paths sorted = new Paths();
            new TreeMap<>(openApi.getPaths()).forEach(sorted::addPathItem);
            sorted.setExtensions(openApi.getPaths().getExtensions());
            openApi.setPaths(sorted);
            sorted.values().forEach(OpenApiDocumentOrder::sortResponses);
        }
        if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
            openApi.getComponents().setSchemas(new TreeMap<String, Schema>(openApi.getComponents().getSchemas()));
        }
        if (openApi.getComponents() != null && openApi.getComponents().getHeaders() != null) {
            openApi.getComponents().setHeaders(new TreeMap<>(openApi.getComponents().getHeaders()));
        }
        if (openApi.getTags() != null) {
            openApi.getTags().sort(Comparator.comparing(Tag::getName));
        }
    }

    private static void sortResponses(PathItem item) {
        item.readOperations().forEach(operation -> {
            ApiResponses responses = operation.getResponses();
            if (responses == null) {
                return;
            }
            Map<String, ApiResponse> byStatus = new TreeMap<>(responses);
            ApiResponses sorted = new ApiResponses();
            byStatus.forEach(sorted::addApiResponse);
            sorted.setExtensions(responses.getExtensions());
            operation.setResponses(sorted);
        });
    }
}
