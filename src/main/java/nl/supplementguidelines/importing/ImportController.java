package nl.supplementguidelines.importing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.supplementguidelines.guideline.GuidelineDocument;
import nl.supplementguidelines.web.ApiPaths;
import nl.supplementguidelines.web.problem.InvalidItem;
import nl.supplementguidelines.web.problem.InvalidRequest;
import nl.supplementguidelines.web.problem.ProblemException;
import nl.supplementguidelines.web.problem.ProblemType;
import nl.supplementguidelines.web.security.Editor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code POST /guidelines/imports}: a sheet's extracted text in, a saved draft and the findings per line out. */
@RestController
@RequestMapping(path = ApiPaths.V1 + "/guidelines/imports", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Editing")
class ImportController {

    /** The one media type accepted, as the document names it so that generated clients send the charset too. */
    static final String TEXT_UTF8 = "text/plain; charset=utf-8";

    private final SheetImport imports;

    ImportController(SheetImport imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.TEXT_PLAIN_VALUE)
    @ApiResponse(responseCode = "201", description = "The draft, saved, with a finding for every line",
            headers = {@Header(name = "Location", description = "The draft", schema = @Schema(type = "string")),
                    @Header(name = "ETag", description = "The draft's strong ETag, for If-Match", schema = @Schema(type = "string"))})
    @Operation(operationId = "importGuidelineSheet", summary = "Import a sheet of the series from its text",
            description = "Reads the extracted text of a sheet (title line, intro paragraph, table of nutrient, effects, daily dose and evidence dots, "
                    + "footnotes, `Gerelateerde suppletierichtlijnen`, `Aandachtspunten`) into the draft of a new guideline, saved as "
                    + "`POST /guidelines` saves one, and answers it with a finding for every non-blank line: READ, ASSUMED (check it) or "
                    + "NOT_UNDERSTOOD (not in the draft). Nutrients must be in the catalogue; an unknown one is a finding, never invented. "
                    + "The body is `text/plain; charset=utf-8`, within the body limit, at most 2000 lines of at most 4000 characters.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "The sheet's text",
                    content = @Content(mediaType = ImportController.TEXT_UTF8, schema = @Schema(type = "string", maxLength = 65536),
                            examples = @ExampleObject(name = "sheet", summary = "A short sheet", value = ImportExamples.SHEET))))
    ResponseEntity<ImportView> importSheet(
            @Parameter(required = true, description = "Slug of the new guideline: lower-case letters and digits, separated by single hyphens",
                    example = "leaky-gut-2", schema = @Schema(type = "string", maxLength = 100, pattern = GuidelineDocument.SLUG))
            @RequestParam(required = false) @Nullable String slug,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.CONTENT_TYPE) String contentType,
            @RequestBody(required = false) byte @Nullable [] body, @Parameter(hidden = true) Editor editor) {
        requireUtf8(contentType);
        String checked = checkSlug(slug);
        SheetImport.Imported imported = imports.importSheet(checked, body == null ? new byte[0] : body, editor);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create(imported.draft().location()))
                .eTag(imported.draft().etag()).cacheControl(CacheControl.noStore())
                .body(new ImportView(imported.draft().view(), imported.findings()));
    }

    private static void requireUtf8(String contentType) {
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException twoOrBroken) {
            // Two Content-Type headers arrive joined by a comma: not one media type, so the same 415 as a wrong one.
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        if (type.getCharset() == null || !StandardCharsets.UTF_8.equals(type.getCharset())) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the sheet as Content-Type: text/plain; charset=utf-8 (was '"
                    + InvalidItem.shorten(contentType) + "').");
        }
    }

    private static String checkSlug(@Nullable String slug) {
        if (slug == null || slug.isBlank()) {
            throw InvalidRequest.invalidParameters(List.of(new InvalidItem("slug", "is required: the slug of the new guideline, such as leaky-gut-2", null)));
        }
        if (slug.length() > 100 || !slug.matches(GuidelineDocument.SLUG)) {
            throw InvalidRequest.invalidParameters(List.of(new InvalidItem("slug",
                    "must be lower-case letters and digits, separated by single hyphens, at most 100 characters", InvalidItem.shorten(slug))));
        }
        return slug;
    }
}
