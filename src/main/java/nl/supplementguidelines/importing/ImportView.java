package nl.supplementguidelines.importing;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.supplementguidelines.editing.DraftView;

import java.util.List;

/** The answer to an import: the saved draft, exactly as creating a draft answers it, plus the findings per line. */
@Schema(name = "GuidelineImport", description = "The draft the sheet was imported into (the members of GuidelineDraft) and the findings, in line order")
public record ImportView(
        @JsonUnwrapped DraftView draft,
        @ArraySchema(arraySchema = @Schema(description = "At least one finding for every non-blank line of the text")) List<Finding> findings) {
}
