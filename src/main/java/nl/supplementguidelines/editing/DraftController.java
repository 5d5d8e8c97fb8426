package nl.supplementguidelines.editing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.supplementguidelines.editing.DraftService.Drafted;
import nl.supplementguidelines.guideline.GuidelineDocument;
import nl.supplementguidelines.web.ApiPaths;
import nl.supplementguidelines.web.idempotency.Idempotency;
import nl.supplementguidelines.web.idempotency.IdempotentOperation;
import nl.supplementguidelines.web.security.Editor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** Drafts of guidelines: start one (new, or a copy of the latest version), read, replace and discard it. */
@RestController
@RequestMapping(path = ApiPaths.V1 + "/guidelines", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Editing", description = "Drafts, publication and withdrawal of guidelines, and new nutrients (bearer token with scopes)")
class DraftController {

    private final DraftService drafts;
    private final IdempotentWrites writes;

    DraftController(DraftService drafts, IdempotentWrites writes) {
        this.drafts = drafts;
        this.writes = writes;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "201", description = "The draft, started", headers = {@Header(name = "Location", description = "The draft", schema = @Schema(type = "string")), @Header(name = "ETag", description = "The draft's strong ETag, for If-Match", schema = @Schema(type = "string"))})
    @Operation(operationId = "createGuidelineDraft", summary = "Start the draft of a new guideline",
            description = "Validates the whole document (every problem in one 422) and stores it as the draft of a new guideline. "
                    + "409 when the slug has a published version or a draft. The draft is not public; publish it to make version 1.")
    @IdempotentOperation
    ResponseEntity<DraftView> create(@RequestBody GuidelineDocument document, @Parameter(hidden = true) Editor editor,
            @Parameter(hidden = true) @RequestHeader(name = Idempotency.HEADER, required = false) @Nullable String idempotencyKey) {
        return writes.run(idempotencyKey, editor, "draft.create", () -> created(drafts.create(document, editor)), document);
    }

    @PostMapping("/{slug}/draft")
    @ApiResponse(responseCode = "201", description = "The draft, a copy of the latest version", headers = {@Header(name = "Location", description = "The draft", schema = @Schema(type = "string")), @Header(name = "ETag", description = "The draft's strong ETag, for If-Match", schema = @Schema(type = "string"))})
    @Operation(operationId = "startGuidelineDraft", summary = "Start a draft of a published guideline",
            description = "Copies the latest version (also of a withdrawn guideline) into a new draft. 409 when the guideline has a draft.")
    @IdempotentOperation
    ResponseEntity<DraftView> start(@Parameter(description = "The guideline's slug", example = "voorbeeld") @PathVariable String slug, @Parameter(hidden = true) Editor editor,
            @Parameter(hidden = true) @RequestHeader(name = Idempotency.HEADER, required = false) @Nullable String idempotencyKey) {
        return writes.run(idempotencyKey, editor, "draft.start", () -> created(drafts.startFromLatest(slug, editor)), slug);
    }

    @GetMapping("/{slug}/draft")
    @ApiResponse(responseCode = "200", description = "The draft", headers = @Header(name = "ETag", description = "The draft's strong ETag, for If-Match", schema = @Schema(type = "string")))
    @Operation(operationId = "getGuidelineDraft", summary = "Read a draft", description = "The draft with its strong ETag, for the If-Match of a change.")
    ResponseEntity<DraftView> get(@Parameter(description = "The guideline's slug", example = "voorbeeld") @PathVariable String slug, @Parameter(hidden = true) Editor editor) {
        return ok(drafts.get(slug));
    }

    @PutMapping(path = "/{slug}/draft", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", description = "The draft as replaced", headers = @Header(name = "ETag", description = "The draft's strong ETag, for If-Match", schema = @Schema(type = "string")))
    @Operation(operationId = "replaceGuidelineDraft", summary = "Replace a draft",
            description = "Replaces the whole document. If-Match must be the draft's current ETag: 428 without it, 412 when someone changed the draft since.")
    ResponseEntity<DraftView> replace(@Parameter(description = "The guideline's slug", example = "voorbeeld") @PathVariable String slug,
            @Parameter(description = "The ETag of the draft as read", example = "\"1764590400000.1\"")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody GuidelineDocument document, @Parameter(hidden = true) Editor editor) {
        return ok(drafts.replace(slug, ifMatch, document, editor));
    }

    // No body to negotiate: any Accept will do (a client that accepts only problems for the errors gets its 204).
    @DeleteMapping(path = "/{slug}/draft", produces = MediaType.ALL_VALUE)
    @ApiResponse(responseCode = "204", description = "The draft is discarded")
    @Operation(operationId = "discardGuidelineDraft", summary = "Discard a draft", description = "If-Match must be the draft's current ETag.")
    ResponseEntity<Void> discard(@Parameter(description = "The guideline's slug", example = "voorbeeld") @PathVariable String slug,
            @Parameter(description = "The ETag of the draft as read", example = "\"1764590400000.1\"")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch, @Parameter(hidden = true) Editor editor) {
        drafts.discard(slug, ifMatch, editor);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<DraftView> created(Drafted drafted) {
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create(drafted.view().links().self()))
                .eTag(drafted.etag()).cacheControl(CacheControl.noStore()).body(drafted.view());
    }

    private static ResponseEntity<DraftView> ok(Drafted drafted) {
        return ResponseEntity.ok().eTag(drafted.etag()).cacheControl(CacheControl.noStore()).body(drafted.view());
    }
}
