package nl.supplementguidelines.interaction;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.supplementguidelines.guideline.GuidelineSource;
import nl.supplementguidelines.nutrient.NutrientReference;

import java.util.List;

@Schema(name = "InteractionCheck", description = "The interactions of our table that apply to the medicines and nutrients given, each with the row, its advice and sources")
record InteractionCheckResponse(
        @Schema(description = "How each medicine given was understood") List<MedicineView> medicines,
        @Schema(description = "The guidelines whose nutrients were checked (with when each last changed); empty when nutrients were given directly") List<GuidelineSource> guidelines,
        @Schema(description = "One result per nutrient checked") List<NutrientResult> nutrients,
        @Schema(description = "Number of interactions found", example = "1") int interactionCount,
        @Schema(description = "The outcome in words (Dutch, or English with Accept-Language: en)") String explanation,
        @Schema(description = "Why there is no severity", example = Interactions.SEVERITY_NOTE) String severityNote) {

    @Schema(name = "InteractionCheckMedicine")
    record MedicineView(
            @Schema(description = "Position in the request's `medicines`", example = "0") int index,
            @Schema(description = "As given", example = "J01MA02") String input,
            @Schema(description = "How it was read", example = "ATC_CODE") ResolvedAs resolvedAs,
            @Schema(description = "The ATC codes it stands for", example = "[\"J01MA02\"]") List<String> atcCodes) {
    }

    enum ResolvedAs {
        ATC_CODE, MEDICINE_GROUP_NAME
    }

    @Schema(name = "InteractionCheckNutrient")
    record NutrientResult(
            NutrientReference nutrient,
            @Schema(description = "INTERACTIONS_FOUND; NONE_FOUND_FOR_THESE_MEDICINES (the nutrient has documented interactions, but not with these); "
                    + "NONE_KNOWN_IN_OUR_SOURCES (our sources document none for the nutrient: not the same as none)", example = "INTERACTIONS_FOUND") Status status,
            @Schema(description = "The interactions that apply") List<Match> interactions,
            @Schema(description = "The result in words") String explanation) {
    }

    enum Status {
        INTERACTIONS_FOUND, NONE_FOUND_FOR_THESE_MEDICINES, NONE_KNOWN_IN_OUR_SOURCES
    }

    @Schema(name = "InteractionMatch")
    record Match(
            @Schema(description = "The row of our interaction table that applies") InteractionView interaction,
            @Schema(description = "The medicine given, as given", example = "J01MA02") String medicine,
            @Schema(description = "The medicine's ATC code that matched", example = "J01MA02") String medicineAtcCode,
            @Schema(description = "The group's ATC code it falls under", example = "J01MA") String groupAtcCode,
            @Schema(description = "Why it applies, with the advice and sources") String explanation) {
    }
}
