package nl.supplementguidelines.audit;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** One page of the audit trail, and where to read on. */
@Schema(name = "AuditPage")
public record AuditPage(
        @Schema(description = "The records after the cursor, by ascending id") List<AuditRecord> items,
        @Schema(description = "The id of the last record on this page, or the request's `after` when the page is empty", example = "2")
        long cursor,
        @Schema(description = "Whether more records follow right away (the page is full)", example = "false") boolean more,
        @Schema(description = "The request for the next page, with the same filter and limit",
                example = "/api/v1/audit?after=2&limit=100&guideline=leaky-gut")
        String next) {
}
