package nl.supplementguidelines.guideline;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** The guideline version a verdict was computed from: a citation that stays valid, as published versions never change. */
@Schema(name = "GuidelineSource", description = "The guideline version a verdict was computed from. `href` is that version's permanent URL; "
        + "`citation` names it the way requests may (`leaky-gut@1`).")
public record GuidelineSource(
        @Schema(example = "leaky-gut") String slug,
        @Schema(example = "Leaky gut") String title,
        @Schema(description = "The published version used (1-based)", example = "1") int version,
        @Schema(description = "The version as a request names it: slug@version", example = "leaky-gut@1") String citation,
        @Schema(description = "When the guideline's content last changed; a verdict holds for this version") Instant lastModified,
        @Schema(description = "The version's permanent URL", example = "/api/v1/guidelines/leaky-gut/versions/1") String href) {

    static GuidelineSource of(String slug, String title, int version, Instant lastModified) {
        return new GuidelineSource(slug, title, version, GuidelineRef.of(slug, version).toString(), lastModified,
                GuidelineViews.versionHrefOf(slug, version));
    }
}
