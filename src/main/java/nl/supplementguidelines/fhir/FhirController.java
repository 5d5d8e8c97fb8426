package nl.supplementguidelines.fhir;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
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
@Tag(name = "FHIR", description = "The published guidelines as FHIR R4 (4.0.1) resources after HL7 CPG-on-FHIR 2.0.0, in application/fhir+json; "
        + "errors here are OperationOutcomes (README \"FHIR R4\")")
class FhirController {

    /** The one format there is, as the {@code _format} parameter of every read and search names it. */
    private static final String FORMAT = "json, application/json or application/fhir+json (the one format there is)";

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
    @Operation(operationId = "getFhirCapabilityStatement", summary = "What the FHIR endpoints support",
            description = "The CapabilityStatement (FHIR R4 4.0.1, JSON only): exactly the interactions below, read on PlanDefinition, "
                    + "ActivityDefinition, CodeSystem and Bundle, search on PlanDefinition by url, version, name and status.")
    @ApiResponse(responseCode = "200", description = "The CapabilityStatement", content = @Content(mediaType = "application/fhir+json", schema = @Schema(ref = FhirOpenApi.RESOURCE_REF)))
    @Parameter(name = "_format", in = ParameterIn.QUERY, description = FORMAT, example = "json", schema = @Schema(type = "string", maxLength = 300))
    ResponseEntity<ObjectNode> metadata(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
            HttpServletRequest request) {
        readParameters(parameters, request);
        return fhir(capability.resource());
    }

    @GetMapping("/PlanDefinition")
    @Operation(operationId = "searchFhirPlanDefinitions", summary = "Search the published versions as PlanDefinitions",
            description = "A searchset Bundle of the PlanDefinitions (one per published version, every status) that match all parameters "
                    + "given, by slug then version, with `total` and a `next` link. `name` matches the start of the computable name, "
                    + "case-insensitive; `status` is active (the current version) or retired (superseded or withdrawn), a comma for either. "
                    + "Each parameter at most once and at most 300 characters; any other parameter or a modifier (`name:exact`) is a 400 "
                    + "OperationOutcome naming it.")
    @ApiResponse(responseCode = "200", description = "A searchset Bundle", content = @Content(mediaType = "application/fhir+json", schema = @Schema(ref = FhirOpenApi.RESOURCE_REF)))
    @Parameter(name = "url", in = ParameterIn.QUERY, description = "The canonical of a guideline (all its versions share it)",
            example = "https://supplement-guidelines.nl/fhir/PlanDefinition/leaky-gut", schema = @Schema(type = "string", maxLength = 300))
    @Parameter(name = "version", in = ParameterIn.QUERY, description = "A version number, a whole number from 1",
            example = "1", schema = @Schema(type = "integer", minimum = "1", maximum = "999999999"))
    @Parameter(name = "name", in = ParameterIn.QUERY, description = "The start of the computable name, case-insensitive", example = "LeakyGut", schema = @Schema(type = "string", maxLength = 300))
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "active, retired, draft or unknown (draft and unknown match nothing); "
            + "a comma between alternatives", example = "active", schema = @Schema(type = "string", maxLength = 300))
    @Parameter(name = "_count", in = ParameterIn.QUERY, description = "Entries per page, 0 (only `total`) to 100; default 20",
            schema = @Schema(type = "integer", minimum = "0", maximum = "100"), example = "20")
    @Parameter(name = "_offset", in = ParameterIn.QUERY, description = "How many matches to skip, 0 to 1000000 (the `next` link sets it)",
            schema = @Schema(type = "integer", minimum = "0", maximum = "1000000"), example = "0")
    @Parameter(name = "_format", in = ParameterIn.QUERY, description = FORMAT, example = "json", schema = @Schema(type = "string", maxLength = 300))
    ResponseEntity<ObjectNode> searchPlanDefinitions(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
            HttpServletRequest request) {
        accept(request);
        return fhir(resources.search(SearchRequest.parse(parameters, strict(request), urls, properties)));
    }

    @GetMapping("/PlanDefinition/{id}")
    @Operation(operationId = "getFhirPlanDefinition", summary = "A published version as a PlanDefinition",
            description = "The CPG recommendation definition of one published version (id `slug.version`; a bare slug is the current version): one action per recommendation with the evidence dots (cqf-qualityOfEvidence, our CodeSystem evidence-dots) and the canonical of its ActivityDefinition; the source document, attention points, footnotes and related guidelines as relatedArtifact, each with the version's citation. status: active for the current version, retired for a superseded or withdrawn one.")
    @ApiResponse(responseCode = "200", description = "The PlanDefinition", content = @Content(mediaType = "application/fhir+json", schema = @Schema(ref = FhirOpenApi.RESOURCE_REF)))
    @Parameter(name = "_format", in = ParameterIn.QUERY, description = FORMAT, example = "json", schema = @Schema(type = "string", maxLength = 300))
    ResponseEntity<ObjectNode> planDefinition(@Parameter(description = "The resource id", example = "leaky-gut.1") @PathVariable String id,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request) {
        readParameters(parameters, request);
        return fhir(resources.planDefinition(id));
    }

    @GetMapping("/ActivityDefinition/{id}")
    @Operation(operationId = "getFhirActivityDefinition", summary = "A recommendation as an ActivityDefinition",
            description = "The CPG medication request activity of one recommendation (id `slug.version.nutrient`; `slug.nutrient` is the current version's): kind MedicationRequest, intent proposal, the nutrient's name as product, the daily dose as UCUM doseQuantity (fixed) or doseRange (low only for \"Minimaal\"), per day (no frequency: the source gives a daily total, not the number of intakes), the source wording as dosage.text.")
    @ApiResponse(responseCode = "200", description = "The ActivityDefinition", content = @Content(mediaType = "application/fhir+json", schema = @Schema(ref = FhirOpenApi.RESOURCE_REF)))
    @Parameter(name = "_format", in = ParameterIn.QUERY, description = FORMAT, example = "json", schema = @Schema(type = "string", maxLength = 300))
    ResponseEntity<ObjectNode> activityDefinition(@Parameter(description = "The resource id", example = "leaky-gut.1.probiotica") @PathVariable String id,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request) {
        readParameters(parameters, request);
        return fhir(resources.activityDefinition(id));
    }

    @GetMapping("/CodeSystem/{id}")
    @Operation(operationId = "getFhirCodeSystem", summary = "The evidence dots as a CodeSystem",
            description = "Our own CodeSystem evidence-dots: code 1 is ●, code 2 is ●●, and so on for the levels the scale has; no names, no mapping onto other rating scales (the series' legend is not in our copy).")
    @ApiResponse(responseCode = "200", description = "The CodeSystem", content = @Content(mediaType = "application/fhir+json", schema = @Schema(ref = FhirOpenApi.RESOURCE_REF)))
    @Parameter(name = "_format", in = ParameterIn.QUERY, description = FORMAT, example = "json", schema = @Schema(type = "string", maxLength = 300))
    ResponseEntity<ObjectNode> codeSystem(@Parameter(description = "The resource id", example = "evidence-dots") @PathVariable String id,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request) {
        readParameters(parameters, request);
        return fhir(resources.codeSystem(id));
    }

    @GetMapping("/Bundle/{id}")
    @Operation(operationId = "getFhirBundle", summary = "A published version with everything it needs, as one Bundle",
            description = "A collection Bundle (id `slug.version`; a bare slug is the current version): the PlanDefinition, its ActivityDefinitions and the evidence CodeSystem.")
    @ApiResponse(responseCode = "200", description = "The collection Bundle", content = @Content(mediaType = "application/fhir+json", schema = @Schema(ref = FhirOpenApi.RESOURCE_REF)))
    @Parameter(name = "_format", in = ParameterIn.QUERY, description = FORMAT, example = "json", schema = @Schema(type = "string", maxLength = 300))
    ResponseEntity<ObjectNode> bundle(@Parameter(description = "The resource id", example = "leaky-gut.1") @PathVariable String id,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request) {
        readParameters(parameters, request);
        return fhir(resources.bundle(id));
    }

    /** Any other resource type, or an interaction we do not have on one, is an OperationOutcome too. */
    @Hidden
    @GetMapping({"/{type}", "/{type}/{id}", "/{type}/{id}/{operation}"})
    ResponseEntity<ObjectNode> unsupported(@PathVariable String type) {
        throw FhirError.notFound("This server has no such interaction on '" + Diagnostics.shorten(type)
                + "'; see /fhir/metadata for what it supports.");
    }

    /** A read takes only {@code _format}; others are ignored unless the client asks for strict handling. */
    private static void readParameters(MultiValueMap<String, String> parameters, HttpServletRequest request) {
        accept(request);
        for (Map.Entry<String, java.util.List<String>> parameter : parameters.entrySet()) {
            if (!parameter.getKey().equals("_format")) {
                if (strict(request)) {
                    throw FhirError.notSupported("Unknown parameter '" + Diagnostics.shorten(parameter.getKey())
                            + "': a read takes none but _format (Prefer: handling=strict).");
                }
                continue;
            }
            if (parameter.getValue().size() != 1) {
                throw FhirError.invalid("_format must be given once.");
            }
            SearchRequest.checkFormat(parameter.getValue().get(0));
        }
    }

    /** An Accept that allows no JSON (application/fhir+xml, text/turtle) is a 406: JSON is the one format there is. */
    private static void accept(HttpServletRequest request) {
        java.util.Enumeration<String> accepts = request.getHeaders(HttpHeaders.ACCEPT);
        if (accepts == null || !accepts.hasMoreElements()) {
            return;
        }
        String header = String.join(",", java.util.Collections.list(accepts));
        if (header.length() > SearchRequest.MAX_VALUE * 4) {
            throw FhirError.invalid("The Accept header is longer than " + SearchRequest.MAX_VALUE * 4 + " characters.");
        }
        java.util.List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(header);
        } catch (org.springframework.util.InvalidMimeTypeException malformed) {
            throw FhirError.notAcceptable("The Accept header is malformed: " + Diagnostics.shorten(malformed.getMessage()));
        }
        boolean json = types.isEmpty() || types.stream().anyMatch(type -> type.getQualityValue() > 0
                && (type.isCompatibleWith(FHIR_JSON) || type.isCompatibleWith(MediaType.APPLICATION_JSON)));
        if (!json) {
            throw FhirError.notAcceptable("This server answers application/fhir+json only; Accept '" + Diagnostics.shorten(header)
                    + "' allows no JSON.");
        }
    }

    private static boolean strict(HttpServletRequest request) {
        String prefer = request.getHeader("Prefer");
        return prefer != null && prefer.replace(" ", "").toLowerCase(java.util.Locale.ROOT).contains("handling=strict");
    }

    /** Every answer here depends on Prefer too (strict handling refuses what lenient handling ignores). */
    private static ResponseEntity<ObjectNode> fhir(ObjectNode resource) {
        return ResponseEntity.ok().contentType(FHIR_JSON).varyBy("Prefer").body(resource);
    }
}
