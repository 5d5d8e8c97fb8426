package nl.supplementguidelines.fhir;

import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@code GET /fhir/metadata} answers: exactly the interactions and search parameters of {@link FhirController},
 * nothing more. {@code date} is when this statement last changed, so that its bytes (and ETag) stay the same.
 */
@Component
class CapabilityStatement {

    static final String DATE = "2026-12-01";

    private final FhirUrls urls;

    CapabilityStatement(FhirUrls urls) {
        this.urls = urls;
    }

    ObjectNode resource() {
        ObjectNode statement = FhirJson.NODES.objectNode();
        statement.put("resourceType", "CapabilityStatement");
        statement.put("id", "supplement-guidelines");
        statement.put("name", "SupplementGuidelinesFhir");
        statement.put("title", "Supplement guidelines as FHIR R4");
        statement.put("status", "active");
        statement.put("date", DATE);
        statement.put("description", "Read-only FHIR R4 representation of the published Dutch supplement guidelines: every published "
                + "version as a PlanDefinition, every recommendation as an ActivityDefinition, the evidence dots as a CodeSystem.");
        statement.put("kind", "instance");
        statement.putObject("software").put("name", "supplement-guidelines");
        ObjectNode implementation = statement.putObject("implementation");
        implementation.put("description", "supplement-guidelines /fhir");
        implementation.put("url", urls.base());
        statement.put("fhirVersion", "4.0.1");
        statement.putArray("format").add("application/fhir+json");
        ObjectNode rest = statement.putArray("rest").addObject();
        rest.put("mode", "server");
        rest.put("documentation", "JSON only. Errors are OperationOutcomes. A PlanDefinition search takes _count (0 to the configured "
                + "maximum, default 20; more is clamped) and _offset; an unknown parameter or a modifier is ignored and named in "
                + "an OperationOutcome entry of the bundle, or a 400 with Prefer: handling=strict; a repeated parameter is a 400.");
        ArrayNode resources = rest.putArray("resource");
        ObjectNode plan = resource(resources, "PlanDefinition", true);
        searchParam(plan, "url", "uri", "The canonical of a guideline, the same for all its versions");
        searchParam(plan, "version", "token", "A version number");
        searchParam(plan, "name", "string", "The start of the computable name, case-insensitive");
        searchParam(plan, "status", "token", "active (the current version) or retired (superseded or withdrawn); comma for either");
        resource(resources, "ActivityDefinition", false);
        resource(resources, "CodeSystem", false);
        resource(resources, "Bundle", false);
        return statement;
    }

    private static ObjectNode resource(ArrayNode resources, String type, boolean searchable) {
        ObjectNode resource = resources.addObject();
        resource.put("type", type);
        ArrayNode interactions = resource.putArray("interaction");
        interactions.addObject().put("code", "read");
        if (searchable) {
            interactions.addObject().put("code", "search-type");
        }
        return resource;
    }

    private static void searchParam(ObjectNode resource, String name, String type, String documentation) {
        ObjectNode parameter = resource.withArray("searchParam").addObject();
        parameter.put("name", name);
        parameter.put("type", type);
        parameter.put("documentation", documentation);
    }
}
