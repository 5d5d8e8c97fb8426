package nl.supplementguidelines.fhir;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * The FHIR R4 endpoints under {@code /fhir}: reads, one search and the capability statement, in
 * {@code application/fhir+json} whatever JSON type the client accepts. Every parameter is checked here (reads take
 * only {@code _format}), so that an error is an OperationOutcome ({@link FhirErrors}).
 */
@RestController
@RequestMapping(FhirController.PATH)
class FhirController {

    static final String PATH = "/fhir";
    static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

    private final FhirResources resources;
    private final CapabilityStatement capability;
    private final FhirUrls urls;
    private final FhirProperties properties;

    FhirController(FhirResources resources, CapabilityStatement capability, FhirUrls urls, FhirProperties properties) {
        this.resources = resources;
        this.capability = capability;
        this.urls = urls;
        this.properties = properties;
    }

    @GetMapping("/metadata")
    ResponseEntity<ObjectNode> metadata(@RequestParam MultiValueMap<String, String> parameters) {
        readParameters(parameters);
        return fhir(capability.resource());
    }

    @GetMapping("/PlanDefinition")
    ResponseEntity<ObjectNode> searchPlanDefinitions(@RequestParam MultiValueMap<String, String> parameters) {
        return fhir(resources.search(SearchRequest.parse(parameters, urls, properties)));
    }

    @GetMapping("/PlanDefinition/{id}")
    ResponseEntity<ObjectNode> planDefinition(@PathVariable String id, @RequestParam MultiValueMap<String, String> parameters) {
        readParameters(parameters);
        return fhir(resources.planDefinition(id));
    }

    @GetMapping("/ActivityDefinition/{id}")
    ResponseEntity<ObjectNode> activityDefinition(@PathVariable String id, @RequestParam MultiValueMap<String, String> parameters) {
        readParameters(parameters);
        return fhir(resources.activityDefinition(id));
    }

    @GetMapping("/CodeSystem/{id}")
    ResponseEntity<ObjectNode> codeSystem(@PathVariable String id, @RequestParam MultiValueMap<String, String> parameters) {
        readParameters(parameters);
        return fhir(resources.codeSystem(id));
    }

    @GetMapping("/Bundle/{id}")
    ResponseEntity<ObjectNode> bundle(@PathVariable String id, @RequestParam MultiValueMap<String, String> parameters) {
        readParameters(parameters);
        return fhir(resources.bundle(id));
    }

    /** Any other resource type, or an interaction we do not have on one, is an OperationOutcome too. */
    @Hidden
    @GetMapping({"/{type}", "/{type}/{id}", "/{type}/{id}/{operation}"})
    ResponseEntity<ObjectNode> unsupported(@PathVariable String type) {
        throw FhirError.notFound("This server has no such interaction on '" + Diagnostics.shorten(type)
                + "'; see /fhir/metadata for what it supports.");
    }

    private static void readParameters(MultiValueMap<String, String> parameters) {
        for (Map.Entry<String, java.util.List<String>> parameter : parameters.entrySet()) {
            if (!parameter.getKey().equals("_format")) {
                throw FhirError.notSupported("Unknown parameter '" + Diagnostics.shorten(parameter.getKey()) + "': a read takes none but _format.");
            }
            if (parameter.getValue().size() != 1 || !SearchRequest.FORMATS.contains(parameter.getValue().get(0))) {
                throw FhirError.notSupported("_format must be given once as json, application/json or application/fhir+json.");
            }
        }
    }

    private static ResponseEntity<ObjectNode> fhir(ObjectNode resource) {
        return ResponseEntity.ok().contentType(FHIR_JSON).body(resource);
    }
}
