package nl.supplementguidelines.editing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.supplementguidelines.guideline.GuidelineDocument;
import nl.supplementguidelines.guideline.GuidelineRef;
import nl.supplementguidelines.guideline.GuidelineVersions;
import nl.supplementguidelines.web.ApiPaths;
import nl.supplementguidelines.web.Immutable;
import org.springframework.http.MediaType;
import java.time.Instant;
import java.util.stream.Stream;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What changed between two published versions: public, and immutable like the versions. */
@RestController
@RequestMapping(path = ApiPaths.V1 + "/guidelines/{slug}/versions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Guidelines")
class VersionChangesController {

    private final GuidelineVersions versions;

    VersionChangesController(GuidelineVersions versions) {
        this.versions = versions;
    }

    @GetMapping("/{from}/changes/{to}")
    @Immutable
    @ApiResponse(responseCode = "200", description = "What changed")
    @Operation(operationId = "getGuidelineVersionChanges", summary = "What changed between two versions",
            description = "Recommendations added and removed (by nutrient), per nutrient the changed dose (minimum, maximum, unit, period, wording), "
                    + "evidence, qualifier, effects and footnote, and every other field that changed. `from` may be later than `to` (the changes "
                    + "undone). Both versions never change, so neither does this answer (Cache-Control immutable).")
    ResponseEntity<VersionChanges> changes(@Parameter(description = "The guideline's slug", example = "leaky-gut") @PathVariable String slug,
            @Parameter(description = "The version compared from", example = "1", schema = @Schema(minimum = "1", maximum = GuidelineRef.MAX_VERSION_TEXT, type = "integer"))
            @PathVariable @Min(1) @Max(GuidelineRef.MAX_VERSION) int from,
            @Parameter(description = "The version compared to", example = "1", schema = @Schema(minimum = "1", maximum = GuidelineRef.MAX_VERSION_TEXT, type = "integer"))
            @PathVariable @Min(1) @Max(GuidelineRef.MAX_VERSION) int to) {
        GuidelineDocument a = versions.document(slug, from).orElseThrow(() -> EditingNotFound.version(slug, from));
        GuidelineDocument b = versions.document(slug, to).orElseThrow(() -> EditingNotFound.version(slug, to));
        // Made of the two stored documents only (nothing computed), so it changed last when the later of them was published.
        Instant lastModified = Stream.of(from, to).map(n -> versions.publishedAt(slug, n).orElseThrow()).max(Instant::compareTo).orElseThrow();
        return ResponseEntity.ok().header("Cache-Control", Immutable.CACHE_CONTROL).lastModified(lastModified)
                .body(VersionDiff.between(slug, from, a, to, b));
    }
}
