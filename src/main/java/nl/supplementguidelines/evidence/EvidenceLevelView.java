package nl.supplementguidelines.evidence;

import io.swagger.v3.oas.annotations.media.Schema;

/** An evidence level as the API shows it. */
@Schema(name = "EvidenceLevel", description = "Evidence strength as a number of dots; more dots mean stronger evidence. The levels have no names in our source.")
public record EvidenceLevelView(
        @Schema(description = "Number of dots", example = "2") int level,
        @Schema(description = "The dots as the source prints them", example = "●●") String dots) {

    public static EvidenceLevelView of(EvidenceLevel level) {
        return new EvidenceLevelView(level.value(), level.dots());
    }
}
