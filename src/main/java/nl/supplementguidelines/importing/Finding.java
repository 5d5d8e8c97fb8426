package nl.supplementguidelines.importing;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.supplementguidelines.language.Text;

/** What the importer made of one line, as answered: the message is rendered from the bundles by its code. */
@Schema(name = "ImportFinding", description = "What the importer made of one line of the sheet")
public record Finding(
        @Schema(description = "Line number in the text sent, from 1", example = "29") int line,
        @Schema(description = "The line as sent, without its line end", example = "Minimaal 1x109 cfu* ● ●") String text,
        @Schema(description = "READ: taken into the draft as the layout says; ASSUMED: taken with an assumption to check; "
                + "NOT_UNDERSTOOD: not in the draft, to be added by hand if it matters", example = "ASSUMED") FindingKind kind,
        @Schema(description = "Stable code of the finding (the key of its message)", example = "import.dose.flattenedPower") String code,
        @Schema(description = "The finding in Dutch and English") Text message) {
}
