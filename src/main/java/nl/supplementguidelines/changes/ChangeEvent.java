package nl.supplementguidelines.changes;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One event of the change feed, with links to what changed. */
@Schema(name = "ChangeEvent")
public record ChangeEvent(
        @Schema(description = "Gapless, commit-ordered position in the feed, from 1", example = "1")
        long position,
        @Schema(description = "What happened") ChangeType type,
        @Schema(description = "When the change was made (UTC)", example = "2026-12-01T10:15:30.123456Z")
        Instant occurredAt,
        @Schema(description = "The guideline version published, withdrawn (its last version) or translated; null for a nutrient",
                nullable = true)
        @Nullable GuidelineVersionReference guideline,
        @Schema(description = "The language of a translation (TRANSLATION_PUBLISHED); null otherwise", example = "en", nullable = true)
        @Nullable String language,
        @Schema(description = "The nutrient added (NUTRIENT_ADDED); null otherwise", nullable = true)
        @Nullable NutrientReference nutrient) {

    @Schema(name = "ChangedGuidelineVersion")
    public record GuidelineVersionReference(
            @Schema(example = "leaky-gut") String slug,
            @Schema(description = "The version number", example = "2") int version,
            @Schema(description = "The version itself: immutable, cache it for ever", example = "/api/v1/guidelines/leaky-gut/versions/2")
            String href) {
    }

    @Schema(name = "ChangedNutrient")
    public record NutrientReference(
            @Schema(example = "magnesium") String slug,
            @Schema(example = "/api/v1/nutrients/magnesium") String href) {
    }
}
