package nl.supplementguidelines.editing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.supplementguidelines.web.ApiPaths;
import nl.supplementguidelines.web.idempotency.Idempotency;
import nl.supplementguidelines.web.idempotency.IdempotentOperation;
import org.jspecify.annotations.Nullable;
import nl.supplementguidelines.web.security.Editor;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** New nutrients, so that a guideline can recommend them. */
@RestController
@RequestMapping(path = ApiPaths.V1 + "/nutrients", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Editing")
class NutrientEditingController {

    @Schema(name = "NutrientAdded")
    record NutrientAdded(@Schema(example = "voorbeeld-nutrient") String slug, @Schema(example = "/api/v1/nutrients/voorbeeld-nutrient") String href) {
    }

    private final NutrientCreation creation;
    private final IdempotentWrites writes;

    NutrientEditingController(NutrientCreation creation, IdempotentWrites writes) {
        this.creation = creation;
        this.writes = writes;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "201", description = "The nutrient, added", headers = @Header(name = "Location", description = "The nutrient", schema = @Schema(type = "string")))
    @Operation(operationId = "addNutrient", summary = "Add a nutrient",
            description = "Adds a nutrient to the catalogue (GET /nutrients lists it once a guideline recommends it). An IU factor only with its "
                    + "citation. 409 when the slug exists.")
    @IdempotentOperation
    ResponseEntity<NutrientAdded> add(@RequestBody NewNutrient nutrient, @Parameter(hidden = true) Editor editor,
            @Parameter(hidden = true) @RequestHeader(name = Idempotency.HEADER, required = false) @Nullable String idempotencyKey) {
        return writes.run(idempotencyKey, editor, "nutrient.add", () -> {
            creation.add(nutrient, editor);
            String href = ApiPaths.V1 + "/nutrients/" + nutrient.slug();
            return ResponseEntity.status(HttpStatus.CREATED).location(URI.create(href)).cacheControl(CacheControl.noStore())
                    .body(new NutrientAdded(nutrient.slug(), href));
        }, nutrient);
    }
}
