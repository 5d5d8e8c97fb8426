package nl.supplementguidelines.referencelevel;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "ReferenceNote", description = "A sourced statement about the nutrient's safety that is not an upper level; it must not be read as one")
public record ReferenceNoteView(
        @Schema(description = "The statement, in the reference's words (English)") String text,
        @Schema(example = "EFSA Journal 2012;10(5):2701") String citation) {

    static ReferenceNoteView of(ReferenceLevelNote note) {
        return new ReferenceNoteView(note.getText(), note.getCitation());
    }
}
