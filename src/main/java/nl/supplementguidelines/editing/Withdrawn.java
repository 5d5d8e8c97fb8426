package nl.supplementguidelines.editing;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** A withdrawal: which version was withdrawn, when, by whom and why. */
@Schema(name = "Withdrawal", description = "A guideline withdrawn: GET /guidelines/{slug} answers 410 from now on; its versions stay readable")
record Withdrawn(
        @Schema(example = "voorbeeld") String slug,
        @Schema(description = "The version that was live", example = "1") int version,
        Instant withdrawnAt,
        @Schema(example = "publisher-ben") String withdrawnBy,
        @Schema(example = "Alleen een voorbeeld") String reason,
        @Schema(description = "The last version, readable forever", example = "/api/v1/guidelines/voorbeeld/versions/1") String lastVersion) {
}
