package nl.supplementguidelines.guideline;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.supplementguidelines.web.BodyValidation.Sizes;
import nl.supplementguidelines.web.StrictJsonBody;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.List;

/*
 * The sizes are those of the columns of V1 (strings) and bounds of ours (lists), checked in that order: lists first
 * (group Sizes), then each element. The editing module validates a document programmatically so that these and the
 * checks against the catalogue (nutrients, units, evidence levels, footnotes) come in one 422. Order is position: the
 * n-th element of a list is position n, so positions are contiguous by construction.
 */
/** A whole guideline as an editor writes it: the body of a new guideline and of a draft. Names as in the `Guideline` response. */
@Schema(name = "GuidelineDocument", description = "A whole guideline as an editor writes it: the body of `POST /guidelines` and `PUT /guidelines/{slug}/draft`. "
        + "Lists keep the document's order (the n-th element is position n). Unknown members are refused.")
public record GuidelineDocument(
        @Schema(description = "The guideline's slug: lower-case letters, digits and single hyphens. On a draft it must be the draft's slug.",
                example = "dysbiose", requiredMode = RequiredMode.REQUIRED, maxLength = 100, pattern = SLUG)
        @NotNull @Size(max = 100) @Pattern(regexp = SLUG, message = "must be lower-case letters and digits, separated by single hyphens") String slug,
        @Schema(example = "Dysbiose", requiredMode = RequiredMode.REQUIRED, maxLength = 200)
        @NotBlank @Size(max = 200) String title,
        @Schema(description = "Language of the content (BCP 47)", example = "nl", requiredMode = RequiredMode.REQUIRED, maxLength = 10)
        @NotBlank @Size(max = 10) @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a BCP 47 language tag such as nl") String language,
        @ArraySchema(maxItems = MAX_NAMES, schema = @Schema(maxLength = 200))
        @NotNull(groups = Sizes.class) @Size(max = MAX_NAMES, groups = Sizes.class) List<@NotBlank @Size(max = 200) String> alternativeNames,
        @Schema(description = "What the condition is, in the source's words", requiredMode = RequiredMode.REQUIRED, maxLength = 4000)
        @NotBlank @Size(max = 4000) String description,
        @ArraySchema(maxItems = MAX_CAUSES, schema = @Schema(maxLength = 500))
        @NotNull(groups = Sizes.class) @Size(max = MAX_CAUSES, groups = Sizes.class) List<@NotBlank @Size(max = 500) String> causes,
        @ArraySchema(maxItems = MAX_CONDITIONS)
        @NotNull(groups = Sizes.class) @Size(max = MAX_CONDITIONS, groups = Sizes.class) List<@NotNull @Valid RelatedConditionInput> relatedConditions,
        @Schema(nullable = true, maxLength = 2000) @Size(min = 1, max = 2000) @Nullable String causalityStatement,
        @Schema(nullable = true, maxLength = 2000) @Size(min = 1, max = 2000) @Nullable String goal,
        @ArraySchema(maxItems = MAX_RECOMMENDATIONS)
        @NotNull(groups = Sizes.class) @Size(max = MAX_RECOMMENDATIONS, groups = Sizes.class) List<@NotNull @Valid RecommendationInput> recommendations,
        @ArraySchema(maxItems = MAX_POINTS)
        @NotNull(groups = Sizes.class) @Size(max = MAX_POINTS, groups = Sizes.class) List<@NotNull @Valid AttentionPointInput> attentionPoints,
        @ArraySchema(maxItems = MAX_FOOTNOTES)
        @NotNull(groups = Sizes.class) @Size(max = MAX_FOOTNOTES, groups = Sizes.class) List<@NotNull @Valid FootnoteInput> footnotes,
        @ArraySchema(maxItems = MAX_NOTES, schema = @Schema(maxLength = 1000))
        @NotNull(groups = Sizes.class) @Size(max = MAX_NOTES, groups = Sizes.class) List<@NotBlank @Size(max = 1000) String> editorialNotes,
        @ArraySchema(maxItems = MAX_RELATED)
        @NotNull(groups = Sizes.class) @Size(max = MAX_RELATED, groups = Sizes.class) List<@NotNull @Valid RelatedGuidelineInput> relatedGuidelines,
        @Schema(requiredMode = RequiredMode.REQUIRED) @NotNull @Valid SourceInput source) implements StrictJsonBody {

    public static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final int MAX_NAMES = 20;
    public static final int MAX_CAUSES = 50;
    public static final int MAX_CONDITIONS = 50;
    public static final int MAX_EXAMPLES = 20;
    public static final int MAX_RECOMMENDATIONS = 100;
    public static final int MAX_EFFECTS = 20;
    public static final int MAX_POINTS = 50;
    public static final int MAX_FOOTNOTES = 20;
    public static final int MAX_NOTES = 20;
    public static final int MAX_RELATED = 50;

    @Schema(name = "RelatedConditionInput")
    public record RelatedConditionInput(
            @Schema(example = "auto-immuunaandoeningen", maxLength = 200, requiredMode = RequiredMode.REQUIRED) @NotBlank @Size(max = 200) String name,
            @ArraySchema(maxItems = MAX_EXAMPLES, schema = @Schema(maxLength = 200))
            @NotNull(groups = Sizes.class) @Size(max = MAX_EXAMPLES, groups = Sizes.class) List<@NotBlank @Size(max = 200) String> examples) {
    }

    @Schema(name = "RecommendationInput", description = "One row of the guideline's table")
    public record RecommendationInput(
            @Schema(description = "Slug of a nutrient the API has (GET /nutrients)", example = "zink", requiredMode = RequiredMode.REQUIRED, maxLength = 100)
            @NotBlank @Size(max = 100) String nutrient,
            @Schema(example = "multi-strain, multi-species", nullable = true, maxLength = 200) @Size(min = 1, max = 200) @Nullable String qualifier,
            @ArraySchema(maxItems = MAX_EFFECTS, schema = @Schema(maxLength = 1000))
            @NotNull(groups = Sizes.class) @Size(max = MAX_EFFECTS, groups = Sizes.class) List<@NotBlank @Size(max = 1000) String> effects,
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotNull @Valid DoseInput dose,
            @Schema(description = "Marker of a footnote of this document that the dose refers to", example = "*", nullable = true, maxLength = 10)
            @Size(min = 1, max = 10) @Nullable String doseFootnote,
            @Schema(description = "Evidence level: a number of dots the evidence scale has (GET /evidence-levels)", example = "2", requiredMode = RequiredMode.REQUIRED)
            @NotNull Integer evidence) {
    }

    @Schema(name = "DoseInput", description = "A daily dose: either `wording` alone (read as the dose checks read it: `15-20 mg`, `Minimaal 25 mcg`, "
            + "`1x10^9 cfu`), or structured (`unit` with `minimum` and/or `maximum`, optionally `period` and the source's `wording`, which must then say the same)")
    public record DoseInput(
            @Schema(description = "The dose as the source words it", example = "15-20 mg", nullable = true, maxLength = 200)
            @Size(min = 1, max = 200) @Nullable String wording,
            @Schema(description = "Lower bound, in `unit`", example = "15", nullable = true) @Nullable BigDecimal minimum,
            @Schema(description = "Upper bound, in `unit`", example = "20", nullable = true) @Nullable BigDecimal maximum,
            @Schema(description = "Unit (UCUM code or symbol): g, mg, ug (µg, mcg), {CFU} (cfu), [IU] (IU, IE)", example = "mg", nullable = true, maxLength = 30)
            @Size(min = 1, max = 30) @Nullable String unit,
            @Schema(description = "UCUM code of the period; only `d` (per day)", example = "d", nullable = true, maxLength = 10)
            @Size(min = 1, max = 10) @Nullable String period) {
    }

    @Schema(name = "AttentionPointInput")
    public record AttentionPointInput(
            @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 2000) @NotBlank @Size(max = 2000) String text,
            @Schema(description = "Slug of the nutrient the point is about", example = "probiotica", nullable = true, maxLength = 100)
            @Size(min = 1, max = 100) @Nullable String nutrient,
            @Schema(nullable = true, maxLength = 1000) @Size(min = 1, max = 1000) @Nullable String editorialNote) {
    }

    @Schema(name = "FootnoteInput")
    public record FootnoteInput(
            @Schema(example = "*", requiredMode = RequiredMode.REQUIRED, maxLength = 10) @NotBlank @Size(max = 10) String marker,
            @Schema(example = "cfu = colony forming units / kolonievormende eenheden (kve).", requiredMode = RequiredMode.REQUIRED, maxLength = 1000)
            @NotBlank @Size(max = 1000) String text) {
    }

    @Schema(name = "RelatedGuidelineInput", description = "Another guideline of the series, by slug; it need not exist yet")
    public record RelatedGuidelineInput(
            @Schema(example = "chronische-inflammatie", requiredMode = RequiredMode.REQUIRED, maxLength = 100, pattern = SLUG)
            @NotNull @Size(max = 100) @Pattern(regexp = SLUG, message = "must be lower-case letters and digits, separated by single hyphens") String slug,
            @Schema(example = "Chronische inflammatie", requiredMode = RequiredMode.REQUIRED, maxLength = 200) @NotBlank @Size(max = 200) String title) {
    }

    @Schema(name = "SourceInput", description = "The document the guideline is taken from")
    public record SourceInput(
            @Schema(example = "Suppletierichtlijn Dysbiose", requiredMode = RequiredMode.REQUIRED, maxLength = 300) @NotBlank @Size(max = 300) String title,
            @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 2000) @NotBlank @Size(max = 2000) String description) {
    }
}
