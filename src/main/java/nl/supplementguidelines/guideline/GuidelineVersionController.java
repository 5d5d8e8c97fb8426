package nl.supplementguidelines.guideline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.supplementguidelines.guideline.GuidelineService.ServedVersion;
import nl.supplementguidelines.guideline.GuidelineViews.GuidelineDetails;
import nl.supplementguidelines.guideline.GuidelineViews.VersionSummaryView;
import nl.supplementguidelines.language.Language;
import nl.supplementguidelines.web.ApiPaths;
import nl.supplementguidelines.web.Immutable;
import nl.supplementguidelines.web.PageResponse;
import nl.supplementguidelines.web.Paging;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The published versions of a guideline: the history, and each version forever. */
@RestController
@RequestMapping(path = ApiPaths.V1 + "/guidelines/{slug}/versions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Guidelines")
class GuidelineVersionController {

    /** Versions are counted from 1; a number beyond this is no version and a 400, before any query. */
    static final int MAX_VERSION = GuidelineRef.MAX_VERSION;

    private final GuidelineService service;

    GuidelineVersionController(GuidelineService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(operationId = "listGuidelineVersions", summary = "List a guideline's published versions",
            description = "Every published version, oldest first: its number, when and by whom it was published, the change note, its "
                    + "status (CURRENT, SUPERSEDED, or WITHDRAWN for the last version of a withdrawn guideline) and its permanent URL. "
                    + "Paged like the other lists. A guideline that has never been published (only a draft) is a 404.")
    PageResponse<VersionSummaryView> list(
            @Parameter(description = "The guideline's slug", example = "leaky-gut") @PathVariable String slug,
            @Parameter(description = Paging.PAGE_DESCRIPTION, schema = @Schema(minimum = "0", maximum = "100000", defaultValue = "0", type = "integer"))
            @RequestParam(name = "page", defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @Parameter(description = Paging.SIZE_DESCRIPTION, schema = @Schema(minimum = "1", maximum = "100", defaultValue = Paging.DEFAULT_SIZE, type = "integer"))
            @RequestParam(name = "size", defaultValue = Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size,
            HttpServletRequest request) {
        return PageResponse.of(service.versions(slug, page, size), request);
    }

    @GetMapping("/{version}")
    @Immutable
    @Operation(operationId = "getGuidelineVersion", summary = "Get one published version of a guideline",
            description = "The guideline as it was published in that version, in the same shape as GET /api/v1/guidelines/{slug}, whatever "
                    + "the version's status now (superseded and withdrawn versions stay readable). A version never changes, so the answer is "
                    + "cacheable forever (`Cache-Control: " + Immutable.CACHE_CONTROL + "`, `Last-Modified` when it was published); cite it by "
                    + "this URL. So it holds nothing computed: `referenceLevels` is null (the latest GET and dose checks naming `slug@n` check "
                    + "against today's reference levels) and a related guideline's `availability` is null with `href` always set (follow "
                    + "the link). `Accept-Language: en` serves the version's English translation when it has one (immutable too, "
                    + "`Last-Modified` when the translation was published); without one the Dutch answer has the ordinary public max-age, "
                    + "since a translation may still come.")
    ResponseEntity<GuidelineDetails> get(
            @Parameter(description = "The guideline's slug", example = "leaky-gut") @PathVariable String slug,
            @Parameter(description = "The version number (1-based)", example = "1", schema = @Schema(minimum = "1", maximum = GuidelineRef.MAX_VERSION_TEXT, type = "integer"))
            @PathVariable @Min(1) @Max(MAX_VERSION) int version,
            @Parameter(description = GuidelineLanguages.ACCEPT_LANGUAGE_DESCRIPTION, example = "en")
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        ServedVersion answer = service.version(slug, version, Language.fromAcceptLanguage(acceptLanguage));
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().header(HttpHeaders.CONTENT_LANGUAGE, answer.served().language())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).lastModified(answer.lastModified());
        if (answer.immutable()) {
            ok.header(HttpHeaders.CACHE_CONTROL, Immutable.CACHE_CONTROL);
        }
        return ok.body(answer.served().body());
    }
}
