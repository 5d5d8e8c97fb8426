package nl.supplementguidelines.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The operations of the committed OpenAPI snapshot (the document the client is generated from) and the calls its
 * examples describe. Read with Jackson 2, as the generated client is, so examples become its model classes directly.
 */
final class DocumentedOperations {

    static final String SNAPSHOT = "/openapi/api-docs.json";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    /** One operation of the document. */
    record Operation(String method, String path, String operationId, List<Parameter> parameters, Map<String, JsonNode> bodyExamples,
                     boolean bodyRequired) {

        /** Whether a request (method and raw path) is a call of this operation. */
        boolean matches(String requestMethod, String rawPath) {
            String template = Pattern.quote(path).replaceAll("\\{[^/}]+}", "\\\\E[^/]+\\\\Q");
            return method.equalsIgnoreCase(requestMethod) && rawPath.matches(template);
        }

        List<String> parameterNames() {
            return parameters.stream().map(Parameter::name).toList();
        }

        /**
         * Every call the examples describe: each required parameter with its first example and in turn with each other
         * one; the optional ones left out, each example of each alone, and all together; each with every request body
         * example (or no body, when the operation documents none).
         */
        List<Example> examples() {
            Map<String, JsonNode> required = new LinkedHashMap<>();
            Map<String, JsonNode> optional = new LinkedHashMap<>();
            for (Parameter parameter : parameters) {
                if (!parameter.examples().isEmpty()) {
                    (parameter.required() ? required : optional).put(parameter.name(), parameter.examples().get(0));
                }
            }
            List<Map<String, JsonNode>> parameterSets = new ArrayList<>();
            parameterSets.add(required);
            for (Parameter parameter : parameters) {
                List<JsonNode> values = parameter.required() ? parameter.examples().stream().skip(1).toList() : parameter.examples();
                values.forEach(value -> parameterSets.add(with(required, Map.of(parameter.name(), value))));
            }
            if (optional.size() > 1) {
                parameterSets.add(with(required, optional));
            }
            Map<String, JsonNode> bodies = new LinkedHashMap<>(bodyExamples);
            if (bodies.isEmpty()) {
                bodies.put("no body", null);
            }
            List<Example> examples = new ArrayList<>();
            bodies.forEach((bodyName, body) -> parameterSets.forEach(values -> examples.add(new Example(this, bodyName, body, values))));
            return examples;
        }

        private static Map<String, JsonNode> with(Map<String, JsonNode> base, Map<String, JsonNode> more) {
            Map<String, JsonNode> all = new LinkedHashMap<>(base);
            all.putAll(more);
            return all;
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path + " (" + operationId + ")";
        }
    }

    /** A parameter and its documented examples ({@code example} and every {@code examples} value). */
    record Parameter(String name, String in, boolean required, List<JsonNode> examples) {
    }

    /** One documented call: parameter values and request body by name, null when the operation takes no body. */
    record Example(Operation operation, String bodyName, JsonNode body, Map<String, JsonNode> values) {

        @Override
        public String toString() {
            return operation.operationId() + " " + values + (body == null ? "" : " body '" + bodyName + "'");
        }
    }

    static JsonNode document(ObjectMapper mapper) {
        try (InputStream in = DocumentedOperations.class.getResourceAsStream(SNAPSHOT)) {
            if (in == null) {
                throw new IllegalStateException("No OpenAPI snapshot at classpath:" + SNAPSHOT);
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tag of the operations that need a bearer token and state to call: GeneratedEditingClientTest walks them in order. */
    static final String EDITING_TAG = "Editing";

    /** The tag of the webhook operations, which need a token with webhooks:manage and an endpoint: GeneratedWebhookClientTest walks them. */
    static final String WEBHOOKS_TAG = "Webhooks";

    /** The public operations, which every documented example can call in any order. */
    static List<Operation> all(ObjectMapper mapper) {
        return of(mapper, null);
    }

    /** The editing operations. */
    static List<Operation> editing(ObjectMapper mapper) {
        return of(mapper, EDITING_TAG);
    }

    /** The webhook operations. */
    static List<Operation> webhooks(ObjectMapper mapper) {
        return of(mapper, WEBHOOKS_TAG);
    }

    /** The operations with this stateful tag, or (null) those with neither stateful tag. */
    private static List<Operation> of(ObjectMapper mapper, String statefulTag) {
        List<Operation> operations = new ArrayList<>();
        document(mapper).path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            String tagged = null;
            for (JsonNode tag : entry.getValue().path("tags")) {
                if (EDITING_TAG.equals(tag.asText()) || WEBHOOKS_TAG.equals(tag.asText())) {
                    tagged = tag.asText();
                }
            }
            if (METHODS.contains(entry.getKey()) && java.util.Objects.equals(tagged, statefulTag)) {
                operations.add(operation(path.getKey(), entry.getKey(), entry.getValue()));
            }
        }));
        return operations;
    }

    private static Operation operation(String path, String method, JsonNode operation) {
        List<Parameter> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameter -> parameters.add(new Parameter(parameter.path("name").asText(),
                parameter.path("in").asText(), parameter.path("required").asBoolean(false), examples(parameter))));
        Map<String, JsonNode> bodies = new LinkedHashMap<>();
        JsonNode requestBody = operation.path("requestBody");
        requestBody.path("content").properties().forEach(media -> {
            media.getValue().path("examples").properties().forEach(example -> bodies.put(example.getKey(), example.getValue().path("value")));
            if (media.getValue().has("example")) {
                bodies.put(media.getKey() + " example", media.getValue().get("example"));
            }
        });
        return new Operation(method, path, operation.path("operationId").asText(), parameters, bodies,
                requestBody.path("required").asBoolean(false));
    }

    private static List<JsonNode> examples(JsonNode parameter) {
        List<JsonNode> examples = new ArrayList<>();
        if (parameter.has("example")) {
            examples.add(parameter.get("example"));
        }
        parameter.path("examples").forEach(example -> {
            if (example.has("value")) {
                examples.add(example.get("value"));
            }
        });
        return examples;
    }

    private DocumentedOperations() {
    }
}
