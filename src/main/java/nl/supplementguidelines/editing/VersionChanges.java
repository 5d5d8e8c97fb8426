package nl.supplementguidelines.editing;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.List;

/**
 * What changed from one version of a guideline to another, typed so that a consumer can act on it: which nutrients
 * were added or removed, and per nutrient that stayed which parts of its row changed (a member is non-null only when
 * that part changed); then every other field of the guideline that changed.
 */
@Schema(name = "VersionChanges", description = "The difference between two versions of a guideline. Per recommendation (by nutrient slug) a member is non-null "
        + "only when that part changed. Both versions are immutable, so this answer is too.")
record VersionChanges(
        @Schema(example = "leaky-gut") String slug,
        @Schema(description = "The version compared from", example = "1") int from,
        @Schema(description = "The version compared to", example = "2") int to,
        @ArraySchema(arraySchema = @Schema(description = "Recommendations of `to` whose nutrient `from` does not recommend")) List<RecommendationRef> recommendationsAdded,
        @ArraySchema(arraySchema = @Schema(description = "Recommendations of `from` whose nutrient `to` no longer recommends")) List<RecommendationRef> recommendationsRemoved,
        @ArraySchema(arraySchema = @Schema(description = "Nutrients both versions recommend, whose row changed")) List<RecommendationChange> recommendationsChanged,
        @ArraySchema(arraySchema = @Schema(description = "Other fields of the guideline that changed, in document order")) List<FieldChange> fieldsChanged,
        Links links) {

    @Schema(name = "RecommendationRef")
    record RecommendationRef(
            @Schema(description = "Slug of the nutrient", example = "omega-3") String nutrient,
            @Schema(description = "Position in the table of the version it is in", example = "8") int position) {
    }

    @Schema(name = "RecommendationChange", description = "The changed parts of one nutrient's row; null members did not change")
    record RecommendationChange(
            @Schema(example = "zink") String nutrient,
            @Schema(nullable = true) @Nullable NumberChange position,
            @Schema(nullable = true) @Nullable DoseChange dose,
            @Schema(description = "Evidence level, in dots", nullable = true) @Nullable NumberChange evidence,
            @Schema(nullable = true) @Nullable TextChange qualifier,
            @Schema(nullable = true) @Nullable ListChange effects,
            @Schema(description = "The dose's footnote marker", nullable = true) @Nullable TextChange doseFootnote) {
    }

    @Schema(name = "DoseChange", description = "The changed parts of a daily dose; null members did not change. Amounts are in the dose's unit of each version.")
    record DoseChange(
            @Schema(nullable = true) @Nullable NumberChange minimum,
            @Schema(nullable = true) @Nullable NumberChange maximum,
            @Schema(description = "UCUM code of the unit", nullable = true) @Nullable TextChange unit,
            @Schema(description = "UCUM code of the period", nullable = true) @Nullable TextChange period,
            @Schema(description = "The source's wording", nullable = true) @Nullable TextChange wording) {
    }

    @Schema(name = "NumberChange", description = "A number before and after; null where the version has none (an open bound)")
    record NumberChange(@Schema(example = "15", nullable = true) @Nullable BigDecimal from, @Schema(example = "25", nullable = true) @Nullable BigDecimal to) {
    }

    @Schema(name = "TextChange", description = "A text before and after; null where the version has none")
    record TextChange(@Schema(example = "15-20 mg", nullable = true) @Nullable String from, @Schema(example = "25 mg", nullable = true) @Nullable String to) {
    }

    @Schema(name = "ListChange", description = "Items of a list of texts that only one of the versions has")
    record ListChange(List<String> added, List<String> removed) {
    }

    @Schema(name = "FieldChange", description = "A field of the guideline that changed. Text fields carry from/to; list fields carry added/removed items "
            + "(objects written as text with all their members: a related guideline as 'slug title', a footnote as 'marker text', a related condition as its name with its examples, "
            + "an attention point as its text with ' [nutrient: slug]' and ' [editorial note: note]' when it has them).")
    record FieldChange(
            @Schema(description = "The field, as in GuidelineDocument", example = "description") String field,
            @Schema(nullable = true) @Nullable String from,
            @Schema(nullable = true) @Nullable String to,
            @Schema(nullable = true) @Nullable List<String> added,
            @Schema(nullable = true) @Nullable List<String> removed) {
    }

    @Schema(name = "VersionChangesLinks")
    record Links(
            @Schema(example = "/api/v1/guidelines/leaky-gut/versions/1") String from,
            @Schema(example = "/api/v1/guidelines/leaky-gut/versions/2") String to) {
    }
}
