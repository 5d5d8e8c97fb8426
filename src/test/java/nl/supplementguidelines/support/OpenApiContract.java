package nl.supplementguidelines.support;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds the API to its OpenAPI document: every answer a test receives must be a documented status and media type of
 * its operation, with a body valid under the documented schema (JSON Schema 2020-12, formats asserted).
 *
 * <p>The document is the committed snapshot, which {@code OpenApiSnapshotTest} proves byte-identical to what
 * {@code /v3/api-docs} serves. Reading it from disk instead of over HTTP keeps a request out of every test's rate
 * limit and works after a test has stopped the server. Paths and methods the document does not have are not checked.
 */
public final class OpenApiContract {

    public static final Path SNAPSHOT = Path.of("src/test/resources/openapi/api-docs.json");
    static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static volatile OpenApiContract instance;

    private final JsonNode document;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    private OpenApiContract(JsonNode document) {
        this.document = document;
    }

    /** The contract of the snapshot document. */
    public static OpenApiContract get() {
        if (instance == null) {
            try {
                // Without a snapshot nothing can be checked; OpenApiSnapshotTest fails then (and writes one in update mode).
                instance = new OpenApiContract(Files.exists(SNAPSHOT) ? JSON.readTree(Files.readString(SNAPSHOT))
                        : JSON.readTree("{\"paths\":{},\"components\":{}}"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the OpenAPI snapshot " + SNAPSHOT.toAbsolutePath(), e);
            }
        }
        return instance;
    }

    public JsonNode document() {
        return document;
    }

    /** The documented path template that a request path (query ignored) falls under, preferring literal segments. */
    public Optional<String> template(String path) {
        String[] segments = path.replaceAll("[?#].*", "").split("/", -1);
        String best = null;
        int bestLiterals = -1;
        for (String template : document.get("paths").propertyNames()) {
            String[] parts = template.split("/", -1);
            if (parts.length != segments.length) {
                continue;
            }
            int literals = 0;
            boolean matches = true;
            for (int i = 0; i < parts.length && matches; i++) {
                boolean variable = parts[i].startsWith("{") && parts[i].endsWith("}");
                matches = variable ? !segments[i].isEmpty() : parts[i].equals(segments[i]);
                literals += variable ? 0 : 1;
            }
            if (matches && literals > bestLiterals) {
                best = template;
                bestLiterals = literals;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Fails with the request, the status and the validator's messages when the answer breaks the document;
     * does nothing for a path or method the document does not have.
     */
    public void check(String method, String path, int status, String contentType, String body) {
        Optional<String> template = template(path);
        if (template.isEmpty()) {
            return;
        }
        JsonNode operation = document.get("paths").get(template.get()).get(method.toLowerCase());
        if (operation == null) {
            return;
        }
        String request = method + " " + path + " (" + method + " " + template.get() + ") answered " + status;
        JsonNode responses = operation.get("responses");
        JsonNode response = responses.has(String.valueOf(status)) ? responses.get(String.valueOf(status)) : responses.get("default");
        if (response == null) {
            throw new AssertionError(request + ", a status the document does not list (it lists " + responses.propertyNames() + ")");
        }
        JsonNode content = response.get("content");
        if (content == null) {
            if (body != null && !body.isEmpty()) {
                throw new AssertionError(request + " with a body, but the document gives that response no content");
            }
            return;
        }
        String media = contentType == null ? "" : contentType.replaceAll(";.*", "").strip();
        // A documented media type may carry parameters (the export's text/csv; charset=utf-8; header=present).
        Optional<String> listed = content.propertyNames().stream().filter(name -> name.replaceAll(";.*", "").strip().equals(media)).findFirst();
        if (listed.isEmpty()) {
            throw new AssertionError(request + " as '" + media + "', a media type the document does not list (it lists " + content.propertyNames() + ")");
        }
        if (!media.equals("application/json") && !media.endsWith("+json")) {
            // Not one JSON document (the export's NDJSON and CSV files): its tests check the content.
            return;
        }
        List<Error> errors = errors(template.get() + " " + method + " " + status + " " + media, content.get(listed.get()).get("schema"), JSON.readTree(body));
        if (!errors.isEmpty()) {
            throw new AssertionError(request + " with a body that breaks its documented schema:\n  "
                    + String.join("\n  ", errors.stream().map(Error::toString).toList()) + "\nbody: " + abbreviate(body));
        }
    }

    /** The errors of a value against a schema of the document (its {@code $ref}s resolved in the document). */
    public List<Error> errors(String key, JsonNode schema, JsonNode value) {
        Schema validator = compiled.computeIfAbsent(key, unused -> {
            ObjectNode root = schema.deepCopy() instanceof ObjectNode copy ? copy : JSON.createObjectNode();
            root.put("$schema", SpecificationVersion.DRAFT_2020_12.getDialectId());
            root.set("components", document.get("components"));
            return SCHEMAS.getSchema(root);
        });
        return validator.validate(value);
    }

    private static String abbreviate(String body) {
        return body.length() <= 2000 ? body : body.substring(0, 2000) + "...";
    }
}
