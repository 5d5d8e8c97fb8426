package nl.supplementguidelines.guideline;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.supplementguidelines.web.BodyValidation.Sizes;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;

/**
 * The texts of one published version in another language, and nothing else: every list in the version's order, of
 * the version's length ({@link TranslationStructure} checks). Numbers, doses, units, evidence, slugs and footnote
 * markers have no member here, so they cannot be translated. Sizes are those of the columns of V1.
 */
@Schema(name = "GuidelineTranslation", description = "The texts of one published version, translated. Every list has the version's "
        + "length and order; `qualifier`, `causalityStatement` and `goal` are present exactly when the version has them. Numbers, doses, "
        + "evidence and slugs are not part of a translation.")
record TranslationTexts(
        @Schema(example = "Leaky gut", requiredMode = Schema.RequiredMode.REQUIRED, pattern = "\\S")
        @NotBlank @Size(max = 200) String title,
        @ArraySchema(maxItems = MAX_ITEMS, schema = @Schema(pattern = "\\S", maxLength = 200))
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(groups = Sizes.class) @Size(max = MAX_ITEMS, groups = Sizes.class) List<@NotBlank @Size(max = 200) String> alternativeNames,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = "\\S")
        @NotBlank @Size(max = 4000) String description,
        @ArraySchema(maxItems = MAX_ITEMS, schema = @Schema(pattern = "\\S", maxLength = 500))
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(groups = Sizes.class) @Size(max = MAX_ITEMS, groups = Sizes.class) List<@NotBlank @Size(max = 500) String> causes,
        @ArraySchema(maxItems = MAX_ITEMS)
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(groups = Sizes.class) @Size(max = MAX_ITEMS, groups = Sizes.class) List<@NotNull @Valid ConditionTexts> relatedConditions,
        @Schema(nullable = true, maxLength = 2000) @Size(min = 1, max = 2000) @Nullable String causalityStatement,
        @Schema(nullable = true, maxLength = 2000) @Size(min = 1, max = 2000) @Nullable String goal,
        @ArraySchema(maxItems = MAX_ITEMS)
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(groups = Sizes.class) @Size(max = MAX_ITEMS, groups = Sizes.class) List<@NotNull @Valid RecommendationTexts> recommendations,
        @ArraySchema(maxItems = MAX_ITEMS, schema = @Schema(pattern = "\\S", maxLength = 2000))
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(groups = Sizes.class) @Size(max = MAX_ITEMS, groups = Sizes.class) List<@NotBlank @Size(max = 2000) String> attentionPoints,
        @ArraySchema(maxItems = MAX_ITEMS, schema = @Schema(pattern = "\\S", maxLength = 1000))
        @Schema(description = "The footnotes' texts; their markers stay the version's", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(groups = Sizes.class) @Size(max = MAX_ITEMS, groups = Sizes.class) List<@NotBlank @Size(max = 1000) String> footnotes,
        @Schema(hidden = true) @JsonAnySetter @Nullable Map<String, Object> unknown) {

    /*
     * unknown: every member the client sent that a translation does not have (the API's Jackson ignores unknown members;
     * here they must be refused, so that a dose or slug sent along is never silently dropped). TranslationStructure
     * names each in the 422. Never stored: a translation with unknown members is not published.
     */

    /** More items than any list of a version may sensibly have; bounds the work before the structure is compared. */
    static final int MAX_ITEMS = 100;

    @Schema(name = "RelatedConditionTranslation")
    record ConditionTexts(
            @Schema(example = "autoimmune diseases", requiredMode = Schema.RequiredMode.REQUIRED, pattern = "\\S", maxLength = 200)
            @NotBlank @Size(max = 200) String name,
            @ArraySchema(maxItems = MAX_ITEMS, schema = @Schema(pattern = "\\S", maxLength = 200))
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(groups = Sizes.class) @Size(max = MAX_ITEMS, groups = Sizes.class) List<@NotBlank @Size(max = 200) String> examples,
            @Schema(hidden = true) @JsonAnySetter @Nullable Map<String, Object> unknown) {
    }

    @Schema(name = "RecommendationTranslation", description = "The texts of one row of the table, in the version's order")
    record RecommendationTexts(
            @Schema(example = "multi-strain, multi-species", nullable = true, maxLength = 200) @Size(min = 1, max = 200) @Nullable String qualifier,
            @ArraySchema(maxItems = MAX_ITEMS, schema = @Schema(pattern = "\\S", maxLength = 1000))
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(groups = Sizes.class) @Size(max = MAX_ITEMS, groups = Sizes.class) List<@NotBlank @Size(max = 1000) String> effects,
            @Schema(hidden = true) @JsonAnySetter @Nullable Map<String, Object> unknown) {
    }
}
