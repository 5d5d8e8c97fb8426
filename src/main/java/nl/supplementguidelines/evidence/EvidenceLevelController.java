package nl.supplementguidelines.evidence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.supplementguidelines.web.ApiPaths;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Evidence levels", description = "The scale of evidence strength (dots)")
class EvidenceLevelController {

    private final EvidenceLevelService service;

    EvidenceLevelController(EvidenceLevelService service) {
        this.service = service;
    }

    @GetMapping(path = ApiPaths.V1 + "/evidence-levels", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listEvidenceLevels", summary = "List the evidence levels",
            description = "The evidence levels the served guidelines use, weakest first, each as a number of dots. "
                    + "The levels have no names: the source's legend is not available, and names are not invented.")
    EvidenceScaleResponse list() {
        return service.scale();
    }
}
