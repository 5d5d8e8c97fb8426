package nl.supplementguidelines.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One write, as the audit trail recorded it. */
@Schema(name = "AuditRecord")
public record AuditRecord(
        @Schema(description = "Ascending id: the order the records were written in", example = "1") long id,
        @Schema(description = "When the write was made (UTC)", example = "2026-12-01T10:15:30.123456Z") Instant occurredAt,
        @Schema(description = "Who: the subject (`sub`) of the editor's token", example = "editor-anna") String subject,
        @Schema(description = "The OAuth2 client the editor used, when the token names one", example = "editorial-app", nullable = true)
        @Nullable String clientId,
        @Schema(description = "What was done", example = "guideline.publish") String operation,
        @Schema(description = "The guideline written, when the operation concerns one", example = "leaky-gut", nullable = true)
        @Nullable String guideline,
        @Schema(description = "The guideline version concerned, when there is one", example = "2", nullable = true)
        @Nullable Integer version,
        @Schema(description = "A summary of the state before the write", example = "draft revision 3 (based on version 1)", nullable = true)
        @Nullable String before,
        @Schema(description = "A summary of the state after the write", example = "version 2: Dose of zinc corrected", nullable = true)
        @Nullable String after,
        @Schema(description = "The id of the request that made the write (X-Request-Id), as the server's logs show it",
                example = "4bf92f3577b34da6a3ce929d0e0e4736", nullable = true)
        @Nullable String requestId) {
}
