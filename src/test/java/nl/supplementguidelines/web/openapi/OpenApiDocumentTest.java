package nl.supplementguidelines.web.openapi;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import nl.supplementguidelines.support.ApiTest;
import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.WriteEndpoints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document is valid 3.1, documents every operation fully, and its examples are real API output. */
@ApiTest
class OpenApiDocumentTest {

    /** Where each example of {@code openapi/examples} comes from. */
    private static final Map<String, String> EXAMPLE_SOURCES = new LinkedHashMap<>();

    static {
        EXAMPLE_SOURCES.put("listGuidelines", "/api/v1/guidelines");
        EXAMPLE_SOURCES.put("getGuideline", "/api/v1/guidelines/leaky-gut");
        EXAMPLE_SOURCES.put("getGuidelineRecommendations", "/api/v1/guidelines/leaky-gut/recommendations");
        EXAMPLE_SOURCES.put("listGuidelineVersions", "/api/v1/guidelines/leaky-gut/versions");
        EXAMPLE_SOURCES.put("getGuidelineVersion", "/api/v1/guidelines/leaky-gut/versions/1");
        EXAMPLE_SOURCES.put("listNutrients", "/api/v1/nutrients");
        EXAMPLE_SOURCES.put("getNutrient", "/api/v1/nutrients/zink");
        EXAMPLE_SOURCES.put("listEvidenceLevels", "/api/v1/evidence-levels");
        EXAMPLE_SOURCES.put("getFhirCapabilityStatement", "/fhir/metadata");
        EXAMPLE_SOURCES.put("searchFhirPlanDefinitions", "/fhir/PlanDefinition?name=LeakyGut&status=active");
        EXAMPLE_SOURCES.put("getFhirPlanDefinition", "/fhir/PlanDefinition/leaky-gut.1");
        EXAMPLE_SOURCES.put("getFhirActivityDefinition", "/fhir/ActivityDefinition/leaky-gut.1.probiotica");
        EXAMPLE_SOURCES.put("getFhirCodeSystem", "/fhir/CodeSystem/evidence-dots");
        EXAMPLE_SOURCES.put("getFhirBundle", "/fhir/Bundle/leaky-gut.1");
    }

    @LocalServerPort
    int port;

    Http api;
    String document;
    JsonNode docs;

    @BeforeEach
    void load() {
        api = new Http(port);
        Http.Response response = api.get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        document = response.text();
        docs = response.json();
    }

    @Test
    void isAValidOpenApi31Document() {
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document);

        assertThat(docs.get("openapi").asString()).startsWith("3.1");
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getPaths()).containsKeys(
                "/api/v1/guidelines", "/api/v1/guidelines/{slug}", "/api/v1/guidelines/{slug}/recommendations",
                "/api/v1/nutrients", "/api/v1/nutrients/{slug}", "/api/v1/evidence-levels");
    }

    @Test
    void infoNamesTheSourceAndSaysItIsNotMedicalAdvice() {
        String description = docs.get("info").get("description").asString();

        assertThat(description).contains("Suppletierichtlijn Leaky gut").contains("Not medical advice").contains("names no publisher");
    }

    @Test
    void everyOperationHasASummaryDescriptionAndProblems() {
        docs.get("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            JsonNode operation = entry.getValue();
            String name = entry.getKey().toUpperCase() + " " + path.getKey();
            assertThat(operation.path("summary").asString("")).as("summary of %s", name).isNotBlank();
            assertThat(operation.path("description").asString("")).as("description of %s", name).isNotBlank();
            JsonNode responses = operation.get("responses");
            assertThat(responses.has("200") || responses.has("201") || responses.has("204")).as("2xx of %s", name).isTrue();
            // Under /fhir every error is an OperationOutcome (FhirErrorFormat); elsewhere problem+json.
            String errors = path.getKey().startsWith("/fhir/") ? "application/fhir+json" : "application/problem+json";
            assertThat(responses.get("406").get("content").has(errors)).as("406 of %s", name).isTrue();
            assertThat(responses.get("500").get("content").has(errors)).as("500 of %s", name).isTrue();
            if (path.getKey().contains("{")) {
                // Under /fhir an unknown id is a FHIR OperationOutcome, as FHIR clients expect.
                String notFound = path.getKey().startsWith("/fhir/") ? "application/fhir+json" : "application/problem+json";
                assertThat(responses.get("404").get("content").has(notFound)).as("404 of %s", name).isTrue();
            }
            operation.path("parameters").forEach(declared -> {
                // A shared parameter (Idempotency-Key) is a $ref to components.parameters.
                JsonNode parameter = declared.has("$ref")
                        ? docs.get("components").get("parameters").get(declared.get("$ref").asString().substring("#/components/parameters/".length()))
                        : declared;
                assertThat(parameter.path("description").asString("")).as("parameter %s of %s", parameter.get("name"), name).isNotBlank();
                if ("query".equals(parameter.get("in").asString())) {
                    assertThat(responses.has("400")).as("400 of %s", name).isTrue();
                }
            });
        }));
    }

    @Test
    void documentsTheBoundsOfThePagingParameters() {
        JsonNode parameters = docs.get("paths").get("/api/v1/guidelines").get("get").get("parameters");

        JsonNode size = find(parameters, "size");
        assertThat(size.get("schema").get("minimum").asInt()).isEqualTo(1);
        assertThat(size.get("schema").get("maximum").asInt()).isEqualTo(100);
        assertThat(find(parameters, "page").get("schema").get("minimum").asInt()).isZero();
        assertThat(find(parameters, "minEvidence").get("schema").get("minimum").asInt()).isEqualTo(1);
    }

    @Test
    void examplesAreWhatTheApiReturns() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        for (Map.Entry<String, String> source : EXAMPLE_SOURCES.entrySet()) {
            JsonNode example;
            try (InputStream in = getClass().getResourceAsStream("/openapi/examples/" + source.getKey() + ".json")) {
                assertThat(in).as("example file for %s", source.getKey()).isNotNull();
                example = json.readTree(in);
            }
            assertThat(api.get(source.getValue()).json()).as("live response of %s", source.getValue()).isEqualTo(example);
            assertThat(documentedExample(source.getKey())).as("example of %s in the document", source.getKey()).isEqualTo(example);
        }
    }

    @Test
    void aDraftIsNever304AndEveryWriteWithABodyDocuments415() {
        JsonNode paths = docs.get("paths");
        assertThat(paths.get("/api/v1/guidelines/{slug}/draft").get("get").get("responses").has("304")).isFalse();
        assertThat(paths.get("/api/v1/guidelines/{slug}/versions/{version}/translations/{language}").get("put").get("responses").has("415")).isTrue();
        assertThat(paths.get("/api/v1/guidelines/{slug}/draft").get("put").get("responses").has("415")).isTrue();
    }

    @Test
    void everyOperationIsPublicAndDocumentsTheHeadersClientsRelyOn() {
        assertThat(docs.get("components").get("securitySchemes").get("bearer").get("scheme").asString()).isEqualTo("bearer");
        assertThat(docs.get("info").get("license").get("name").asString()).isNotBlank();
        docs.get("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            String name = entry.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = entry.getValue();
            // The editing operations (web/security EditorEndpoints) name the bearer scheme and their scope (EditorOpenApiTest).
            boolean editing = nl.supplementguidelines.web.security.EditorEndpoints.ALL.stream().anyMatch(endpoint ->
                    endpoint.method().name().equalsIgnoreCase(entry.getKey())
                            && endpoint.path().replaceAll("\\{[^}]+}", "{}").equals(path.getKey().replaceAll("\\{[^}]+}", "{}")));
            if (editing) {
                assertThat(operation.get("security")).as("security of %s", name).isNotEmpty();
            } else {
                assertThat(operation.get("security")).as("security of %s", name).isNotNull().isEmpty();
            }
            operation.get("responses").properties().forEach(response -> {
                JsonNode headers = response.getValue().path("headers");
                if (!operation.get("security").isEmpty() && (response.getKey().equals("401") || response.getKey().equals("403"))) {
                    return; // EditorOpenApi adds these after the headers are added to every response: left to it.
                }
                assertThat(headers.has("X-Request-Id") && headers.has("RateLimit") && headers.has("RateLimit-Policy"))
                        .as("request id and rate limit headers of %s %s", name, response.getKey()).isTrue();
                if (response.getKey().equals("429") || response.getKey().equals("503")) {
                    assertThat(headers.has("Retry-After")).as("Retry-After of %s %s", name, response.getKey()).isTrue();
                }
                boolean noStore = "no-store".equals(operation.path("x-cache-control").asString(""));
                if (entry.getKey().equals("get") && response.getKey().equals("200") && noStore) {
                    // Never stored (the audit trail): no validators, and the document says so.
                    assertThat(headers.has("ETag") || operation.get("responses").has("304")).as("validators of %s", name).isFalse();
                    assertThat(headers.path("Cache-Control").path("example").asString("")).as("Cache-Control of %s", name).isEqualTo("no-store");
                } else if (entry.getKey().equals("get") && response.getKey().equals("200")) {
                    assertThat(headers.has("ETag") && headers.has("Last-Modified")).as("validators of %s", name).isTrue();
                }
            });
            assertThat(operation.get("responses").has("400")).as("Tomcat's 400 of %s", name).isTrue();
            if (entry.getKey().equals("post")) {
                assertThat(operation.get("responses").has("415")).as("415 of %s", name).isTrue();
            }
        }));
    }

    @Test
    void noSchemaCombinesARefWithTypeNullOpenFieldsHaveNoClosedEnumAndNonBlankStringsAreNotEmpty() {
        List<String> broken = new ArrayList<>();
        walk(docs.get("components"), "#/components", broken);

        assertThat(broken).isEmpty();
        JsonNode kind = docs.get("components").get("schemas").get("Dose").get("properties").get("kind");
        assertThat(kind.get("x-extensible-enum").toString()).contains("AT_LEAST");
    }

    private static void walk(JsonNode node, String where, List<String> broken) {
        if (node.isObject()) {
            if (node.has("$ref") && node.has("type")) {
                broken.add(where + ": $ref beside type " + node.get("type"));
            }
            if (node.has("pattern") && node.get("pattern").asString().equals("\\S")
                    && (!node.has("minLength") || node.get("minLength").asInt() < 1)) {
                broken.add(where + ": must not be blank, yet minLength " + node.get("minLength"));
            }
            node.properties().forEach(entry -> {
                if (entry.getKey().equals("properties")) {
                    entry.getValue().properties().forEach(property -> {
                        if (Set.of("kind", "category", "availability").contains(property.getKey()) && property.getValue().has("enum")) {
                            broken.add(where + "/properties/" + property.getKey() + ": a closed enum on an open field");
                        }
                    });
                }
                walk(entry.getValue(), where + "/" + entry.getKey(), broken);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), where + "/" + i, broken);
            }
        }
    }

    private JsonNode documentedExample(String operationId) {
        for (var path : docs.get("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                if (operationId.equals(operation.getValue().path("operationId").asString(""))) {
                    JsonNode content = operation.getValue().get("responses").get("200").get("content");
                    return (content.has("application/json") ? content.get("application/json") : content.get("application/fhir+json")).get("example");
                }
            }
        }
        throw new AssertionError("no operation " + operationId);
    }

    private static JsonNode find(JsonNode parameters, String name) {
        for (JsonNode parameter : parameters) {
            if (name.equals(parameter.get("name").asString())) {
                return parameter;
            }
        }
        throw new AssertionError("no parameter " + name);
    }
}
