package nl.supplementguidelines.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.supplementguidelines.web.ApiPaths;
import tools.jackson.databind.ObjectMapper;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/** The two files of the bulk export; {@link ExportStreaming} does the work for both. */
@RestController
@Tag(name = "Export", description = "Everything at once: every published guideline as NDJSON, every recommendation as CSV (README \"Bulk export\")")
class ExportController {

    static final String VERSIONS_DESCRIPTION = "`latest` (default): the CURRENT version of every guideline the list serves (a withdrawn "
            + "guideline is not in it); `all`: every published version, superseded ones and a withdrawn guideline's too";
    private static final String COMMON = " Read from one database snapshot (a publication committing meanwhile is in the next export, "
            + "never half in this one), in batches, so the server's memory does not grow with the number of guidelines. "
            + "`Accept-Encoding: gzip` gets `Content-Encoding: gzip`. The `ETag` names the content version of the snapshot, the "
            + "build, `versions` and the encoding; `Last-Modified` is the content's last change (never before the build); "
            + "`If-None-Match` gives a 304 while nothing changed. A HEAD or a 304 reads no versions. When `api.export.max-concurrent` "
            + "exports (2 by default) already run, a 503 with Retry-After. An export is cut off after `api.export.max-duration` "
            + "(5 minutes). A failure after the first bytes ends the connection without the last chunk, so a truncated file is "
            + "never mistaken for a whole one.";

    private final ExportStreaming streaming;
    private final NdjsonFormat ndjson;
    private final RecommendationsCsv csv = new RecommendationsCsv();

    ExportController(ExportStreaming streaming, ObjectMapper mapper) {
        this.streaming = streaming;
        this.ndjson = new NdjsonFormat(mapper);
    }

    @GetMapping(path = ApiPaths.EXPORT, produces = NdjsonFormat.MEDIA_TYPE)
    @Operation(operationId = "exportGuidelines", summary = "Export every published guideline as NDJSON",
            description = "One line per guideline version, in the order the versions were stored (their database id): each line exactly the JSON of GET "
                    + "/api/v1/guidelines/{slug}/versions/{n} (Dutch), followed by a newline." + COMMON)
    @ApiResponse(responseCode = "200", description = "One guideline version per line",
            content = @Content(mediaType = NdjsonFormat.MEDIA_TYPE, schema = @Schema(type = "string", format = "binary",
                    description = "Newline-delimited JSON: one Guideline (the schema of getGuidelineVersion) per line")))
    void guidelines(
            @Parameter(description = VERSIONS_DESCRIPTION, schema = @Schema(allowableValues = {"latest", "all"}, defaultValue = "latest"))
            @RequestParam(name = ExportRequest.VERSIONS, required = false) String versions,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        streaming.export(ExportRequest.of(request), ndjson, request, response);
    }

    @GetMapping(path = ApiPaths.EXPORT + "/recommendations.csv", produces = RecommendationsCsv.MEDIA_TYPE)
    @Operation(operationId = "exportRecommendations", summary = "Export every recommendation as CSV",
            description = "RFC 4180 CSV with a header row: one row per recommendation of each guideline version (versions in the order of the NDJSON), in table order. "
                    + "Columns: " + RecommendationsCsv.COLUMN_SUMMARY + " Numbers are plain decimals with a dot; an absent value is "
                    + "an empty field; a field is quoted only when it holds a comma, quote or line break." + COMMON)
    @ApiResponse(responseCode = "200", description = "A header row, then one row per recommendation",
            content = @Content(mediaType = RecommendationsCsv.MEDIA_TYPE, schema = @Schema(type = "string", format = "binary",
                    description = "CSV (RFC 4180), UTF-8, CRLF line ends")))
    void recommendations(
            @Parameter(description = VERSIONS_DESCRIPTION, schema = @Schema(allowableValues = {"latest", "all"}, defaultValue = "latest"))
            @RequestParam(name = ExportRequest.VERSIONS, required = false) String versions,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        streaming.export(ExportRequest.of(request), csv, request, response);
    }
}
