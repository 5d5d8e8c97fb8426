package nl.supplementguidelines.interaction;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.supplementguidelines.nutrient.NutrientReference;
import nl.supplementguidelines.web.ApiPaths;

import java.util.List;

/** One row of the interaction table, with its sources. Texts are the reference's own (English) words. */
@Schema(name = "Interaction", description = "A documented nutrient-medicine interaction, as our reference table gives it. "
        + "There is no severity: our sources grade none, and the API invents none. Texts are in the reference's words (English).")
record InteractionView(
        @Schema(description = "Number of the row in our interaction table; stable, so a verdict can name the row it used", example = "1") int row,
        NutrientReference nutrient,
        @Schema(description = "The nutrient as the source names it, with its qualifier", example = "Probiotics (bacterial)") String nutrientAsWritten,
        @Schema(description = "The medicine group", example = "fluoroquinolone antibiotics") String medicineGroup,
        @Schema(description = "ATC codes of the group; a medicine matches when one of them is a prefix of its own code", example = "[\"J01MA\"]") List<String> atcCodes,
        @Schema(description = "What happens", example = "zinc and the antibiotic bind in the gut; absorption of both falls") String effect,
        @Schema(description = "The advice the source gives; absent when it gives none", nullable = true, example = "take the antibiotic at least 2 h before or 4-6 h after zinc") String advice,
        @Schema(description = "Whether the source gives advice", example = "true") boolean adviceGiven,
        @Schema(description = "A note of ours on how the row was read", nullable = true) String editorialNote,
        @Schema(description = "The sources of the row") List<SourceView> sources,
        @Schema(description = "Language of the texts above (BCP 47)", example = "en") String language,
        @Schema(example = "/api/v1/interactions/1") String href) {

    @Schema(name = "InteractionSource")
    public record SourceView(
            @Schema(example = "ODS-Zn") String code,
            @Schema(example = "NIH Office of Dietary Supplements, Zinc - Fact Sheet for Health Professionals, section \"Interactions with Medications\".") String citation) {
    }

    static String hrefOf(int row) {
        return ApiPaths.V1 + "/interactions/" + row;
    }
}
