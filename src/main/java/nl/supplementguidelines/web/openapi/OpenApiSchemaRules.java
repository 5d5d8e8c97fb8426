package nl.supplementguidelines.web.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes the schemas say what the server does, under JSON Schema 2020-12 (OpenAPI 3.1):
 * <ul>
 * <li>springdoc writes a nullable object property as {@code {"$ref": X, "type": "null"}}, which no value satisfies;
 * it becomes {@code anyOf: [{"$ref": X}, {"type": "null"}]};</li>
 * <li>the fields the versioning policy calls open ({@code kind}, {@code category}, {@code availability}) get new
 * values within v1, so they carry no closed {@code enum} (a generated client would throw on a new value): the known
 * values move to {@code x-extensible-enum} and the description;</li>
 * <li>integer parameters (all Java {@code int}) say {@code format: int32};</li>
 * <li>{@code @Schema(minimum = "0", exclusiveMinimum = true)} becomes 3.1's {@code exclusiveMinimum: 0};</li>
 * <li>a string with the pattern {@code \S} (our {@code @NotBlank}) has at least one character: springdoc writes the
 * {@code min} of its {@code @Size(max = ...)} as {@code minLength: 0}, which a reader takes for "may be empty".</li>
 * </ul>
 * It runs after the customizers that add schemas (see {@link OpenApiDocumentOrder}).
 */
@Component
class OpenApiSchemaRules implements OpenApiCustomizer, Ordered {

    static final Set<String> OPEN_ENUMS = Set.of("kind", "category", "availability");
    private static final String NOT_BLANK = "\\S";

    @Override
    public int getOrder() {
        return OpenApiDocumentOrder.RULES;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
            openApi.getComponents().getSchemas().values().forEach(OpenApiSchemaRules::fix);
        }
        if (openApi.getPaths() != null) {
            openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(parameter -> {
                        Schema<?> schema = parameter.getSchema();
                        if (schema != null && isInteger(schema) && schema.getFormat() == null) {
                            schema.setFormat("int32");
                        }
                    });
                }
            }));
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void fix(Schema schema) {
        if (schema == null) {
            return;
        }
        // OpenAPI 3.0's "minimum: 0, exclusiveMinimum: true" (@Schema's form) is 3.1's "exclusiveMinimum: 0".
        if (Boolean.TRUE.equals(schema.getExclusiveMinimum()) && schema.getMinimum() != null) {
            schema.setExclusiveMinimumValue(schema.getMinimum());
            schema.setMinimum(null);
            schema.setExclusiveMinimum(null);
        }
        if (NOT_BLANK.equals(schema.getPattern()) && (schema.getMinLength() == null || schema.getMinLength() < 1)) {
            schema.setMinLength(1);
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            properties.replaceAll((name, property) -> nullableRef(property));
            properties.forEach((name, property) -> {
                if (OPEN_ENUMS.contains(name)) {
                    open(property);
                }
                fix(property);
            });
        }
        if (schema.getItems() != null) {
            schema.setItems(nullableRef(schema.getItems()));
            fix(schema.getItems());
        }
        if (schema.getAdditionalProperties() instanceof Schema additional) {
            fix(additional);
        }
        for (List<Schema> composed : new List[] {schema.getAnyOf(), schema.getOneOf(), schema.getAllOf()}) {
            if (composed != null) {
                composed.forEach(OpenApiSchemaRules::fix);
            }
        }
    }

    /** {@code {"$ref": X, "type": "null", ...}} to {@code {"anyOf": [{"$ref": X}, {"type": "null"}], ...}}. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema nullableRef(Schema property) {
        if (property == null || property.get$ref() == null || !isNullable(property)) {
            return property;
        }
        Schema nullable = new Schema<>();
        nullable.setDescription(property.getDescription());
        if (property.getExample() != null) {
            nullable.setExample(property.getExample());
        }
        nullable.setAnyOf(new ArrayList<>(List.of(new Schema<>().$ref(property.get$ref()), new Schema<>().types(new LinkedHashSet<>(Set.of("null"))))));
        return nullable;
    }

    private static boolean isNullable(Schema<?> schema) {
        return "null".equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains("null"))
                || Boolean.TRUE.equals(schema.getNullable());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void open(Schema property) {
        List<?> known = property.getEnum();
        if (known == null || known.isEmpty()) {
            return;
        }
        property.setEnum(null);
        property.addExtension("x-extensible-enum", new ArrayList<>(known));
        String values = String.join(", ", known.stream().map(String::valueOf).toList());
        String description = property.getDescription() == null ? "" : property.getDescription().replaceAll("\\.$", "") + ". ";
        property.setDescription(description + "An open list (see the versioning policy): known values are " + values
                + "; new values may be added within v1, so accept any string.");
    }

    private static boolean isInteger(Schema<?> schema) {
        return "integer".equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains("integer"));
    }
}
