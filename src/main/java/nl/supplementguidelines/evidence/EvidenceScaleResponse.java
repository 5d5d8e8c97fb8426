package nl.supplementguidelines.evidence;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Schema(name = "EvidenceScale", description = "The evidence levels used by the guidelines we serve, weakest first.")
record EvidenceScaleResponse(
        @Schema(description = "The levels used by the guidelines, weakest first") List<EvidenceLevelView> levels,
        @Schema(description = "Whether the series' own legend (names of the levels, highest level) is known", example = "false") boolean legendAvailable,
        @Schema(description = "What the scale is and what is not known about it") String note) {
}
