package nl.supplementguidelines.nutrient;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.supplementguidelines.web.ApiPaths;
import nl.supplementguidelines.web.PageResponse;
import nl.supplementguidelines.web.Paging;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = ApiPaths.V1 + "/nutrients", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Nutrients", description = "Nutrients, and every guideline that recommends each one")
class NutrientController {

    private final NutrientService service;

    NutrientController(NutrientService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(operationId = "listNutrients", summary = "List nutrients",
            description = "Pages through every nutrient that a guideline recommends, ordered by name.")
    PageResponse<NutrientSummary> list(
            @Parameter(description = Paging.PAGE_DESCRIPTION, schema = @Schema(minimum = "0", maximum = "100000", defaultValue = "0", type = "integer"))
            @RequestParam(name = "page", defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @Parameter(description = Paging.SIZE_DESCRIPTION, schema = @Schema(minimum = "1", maximum = "100", defaultValue = Paging.DEFAULT_SIZE, type = "integer"))
            @RequestParam(name = "size", defaultValue = Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size,
            HttpServletRequest request) {
        return PageResponse.of(service.list(page, size), request);
    }

    @GetMapping("/{slug}")
    @Operation(operationId = "getNutrient", summary = "Get a nutrient and where it is recommended",
            description = "The nutrient with every guideline that recommends it (reverse lookup), with the qualifier, effects, "
                    + "daily dose and evidence level given there.")
    NutrientDetails get(@Parameter(description = "The nutrient's slug", example = "zink") @PathVariable String slug) {
        return service.get(slug);
    }
}
