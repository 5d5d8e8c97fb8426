package nl.supplementguidelines.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import nl.supplementguidelines.web.ApiPaths;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail over HTTP, for publishers (scope guidelines:publish, enforced by the security configuration for
 * {@code /api/v1/audit}). Never cached: {@code no-store}, which the HTTP cache filter leaves alone, and the audit is
 * no content, so the content revision would not tell a new record anyway.
 */
@RestController
@Tag(name = "Audit", description = "Who changed what, when: every write, append-only, for publishers")
class AuditController {

    static final int MAX_LIMIT = 500;

    private final AuditReader reader;

    AuditController(AuditReader reader) {
        this.reader = reader;
    }

    @GetMapping(path = ApiPaths.V1 + "/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listAuditRecords", summary = "Read the audit trail",
            extensions = @Extension(properties = @ExtensionProperty(name = "x-cache-control", value = "no-store")),
            description = "Every write (drafts created, changed and discarded, versions published, guidelines withdrawn, nutrients and "
                    + "translations added), append-only, by ascending id: who (the token's subject and client), when, the operation, "
                    + "the guideline and version, a before/after summary and the request id. For publishers (scope "
                    + "`guidelines:publish`). Filter by `guideline`; page with `after` (the `cursor` of the previous page). Never "
                    + "cached (`Cache-Control: no-store`). Records are numbered when written, so a write that commits late can appear "
                    + "behind a cursor already read; for a complete, gapless sync use the change feed (`/api/v1/changes`).")
    ResponseEntity<AuditPage> list(
            @Parameter(description = "Only the records of this guideline (slug)", example = "leaky-gut")
            @RequestParam(name = "guideline", required = false) @Size(min = 1, max = 100) @Nullable String guideline,
            @Parameter(description = "The cursor: the id after which to list (0, or absent, for the start)", example = "0")
            @RequestParam(name = "after", defaultValue = "0") @Min(0) long after,
            @Parameter(description = "Records per page, 1 to " + MAX_LIMIT, example = "100")
            @RequestParam(name = "limit", defaultValue = "100") @Min(1) @Max(MAX_LIMIT) int limit) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(reader.after(guideline, after, limit));
    }
}
