package nl.supplementguidelines.guideline;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** The guideline a verdict was computed from, with the moment its content last changed. */
@Schema(name = "GuidelineSource", description = "The guideline a verdict was computed from, and when its content last changed")
public record GuidelineSource(
        @Schema(example = "leaky-gut") String slug,
        @Schema(example = "Leaky gut") String title,
        @Schema(description = "When the guideline's content last changed; a verdict holds for this version") Instant lastModified,
        @Schema(example = "/api/v1/guidelines/leaky-gut") String href) {
}
