package nl.supplementguidelines.editing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.supplementguidelines.web.ApiPaths;
import nl.supplementguidelines.web.idempotency.Idempotency;
import nl.supplementguidelines.web.idempotency.IdempotentOperation;
import nl.supplementguidelines.web.problem.ProblemException;
import nl.supplementguidelines.web.security.Editor;
import nl.supplementguidelines.web.StrictJsonBody;
import nl.supplementguidelines.web.ControlCharacters;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** Publication of a draft as the next version, and withdrawal of a guideline. */
@RestController
@RequestMapping(path = ApiPaths.V1 + "/guidelines/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Editing")
class PublicationController {

    @Schema(name = "Publication", description = "Why this version is published")
    record Publication(@Schema(description = "What changed, for readers of the version list", example = "Zink: dosering aangepast",
            requiredMode = RequiredMode.REQUIRED, maxLength = 2000) @NotBlank @Size(max = 2000)
            @Pattern(regexp = ControlCharacters.NONE, message = ControlCharacters.MESSAGE) String changeNote) implements StrictJsonBody {
    }

    @Schema(name = "WithdrawalRequest", description = "Why the guideline is withdrawn")
    record WithdrawalRequest(@Schema(description = "Shown in the 410 answer of the guideline", example = "Alleen een voorbeeld",
            requiredMode = RequiredMode.REQUIRED, maxLength = 2000) @NotBlank @Size(max = 2000)
            @Pattern(regexp = ControlCharacters.NONE, message = ControlCharacters.MESSAGE) String reason) implements StrictJsonBody {
    }

    private final PublicationService publications;
    private final IdempotentWrites writes;
    private final BodyRules rules;

    PublicationController(PublicationService publications, IdempotentWrites writes, BodyRules rules) {
        this.publications = publications;
        this.writes = writes;
        this.rules = rules;
    }

    @PostMapping(path = "/draft/publish", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "201", description = "The new version", headers = @Header(name = "Location", description = "The new version", schema = @Schema(type = "string")))
    @IdempotentOperation
    @Operation(operationId = "publishGuidelineDraft", summary = "Publish a draft as the next version",
            description = "Makes the draft the guideline's next version (1 for a new guideline): GET /guidelines/{slug} serves it from the "
                    + "next request on, the version before stays readable under /versions/{n}. If-Match must be the draft's ETag. Four eyes: "
                    + "no editor who created or changed the draft since its base version may publish it (403). 409 when a version was published after the draft was "
                    + "started, or the guideline was withdrawn since (to reinstate it, start a new draft after the withdrawal and publish that).")
    ResponseEntity<PublishedVersion> publish(@Parameter(description = "The guideline's slug", example = "voorbeeld") @PathVariable String slug,
            @Parameter(description = "The ETag of the draft as read", example = "\"1764590400000.2\"")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody Publication publication, @Parameter(hidden = true) Editor publisher,
            @Parameter(hidden = true) @RequestHeader(name = Idempotency.HEADER, required = false) @Nullable String idempotencyKey) {
        rules.check(publication);
        return writes.run(idempotencyKey, publisher, "guideline.publish", () -> {
            PublishedVersion version;
            try {
                version = publications.publish(slug, ifMatch, publication.changeNote(), publisher);
            } catch (DataIntegrityViolationException concurrent) {
                // (slug, version) or one live version per slug: another publication of this slug committed first.
                throw ProblemException.conflict("Another version of '" + slug + "' was published at the same time: read the guideline and start again.");
            }
            return ResponseEntity.status(HttpStatus.CREATED).location(URI.create(version.links().self())).cacheControl(CacheControl.noStore()).body(version);
        }, slug, ifMatch, publication);
    }

    @PostMapping(path = "/withdraw", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", description = "The guideline is withdrawn")
    @IdempotentOperation
    @Operation(operationId = "withdrawGuideline", summary = "Withdraw a guideline",
            description = "From now on GET /guidelines/{slug} answers 410 Gone with the reason and a link to the last version, which stays readable. "
                    + "If-Match must be the ETag of GET /guidelines/{slug} (its Dutch representation, as served): the publisher withdraws what they read. "
                    + "412 when the guideline changed since; 409 when it is withdrawn already.")
    ResponseEntity<Withdrawn> withdraw(@Parameter(description = "The guideline's slug", example = "voorbeeld") @PathVariable String slug,
            @Parameter(description = "The ETag of GET /guidelines/{slug}", example = "\"Hk3Jd9mT1wq0aZr5bXc2Lg\"")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody WithdrawalRequest request, @Parameter(hidden = true) Editor publisher,
            @Parameter(hidden = true) @RequestHeader(name = Idempotency.HEADER, required = false) @Nullable String idempotencyKey) {
        rules.check(request);
        return writes.run(idempotencyKey, publisher, "guideline.withdraw", () -> ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(publications.withdraw(slug, ifMatch, request.reason(), publisher)), slug, ifMatch, request);
    }
}
