package nl.supplementguidelines.editing;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.supplementguidelines.guideline.GuidelineDocument;
import nl.supplementguidelines.web.ApiPaths;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A draft as editors read it: the document and who changed it when. Its ETag is in the ETag header. */
@Schema(name = "GuidelineDraft", description = "The draft of a guideline: the document and its metadata. The ETag header carries the revision for If-Match.")
public record DraftView(
        @Schema(example = "voorbeeld") String slug,
        @Schema(description = "How many times the draft was written (1 when started)", example = "1") int revision,
        @Schema(description = "The published version the draft was copied from; null for a new guideline", example = "1", nullable = true) @Nullable Integer baseVersion,
        @Schema(description = "Subject of the editor who started the draft", example = "editor-anna") String createdBy,
        Instant createdAt,
        @Schema(description = "Subject of the editor who last changed it (four eyes: neither they nor anyone else who created or changed the draft may publish it)", example = "editor-anna") String updatedBy,
        Instant updatedAt,
        GuidelineDocument document,
        DraftLinks links) {

    @Schema(name = "GuidelineDraftLinks")
    public record DraftLinks(
            @Schema(example = "/api/v1/guidelines/voorbeeld/draft") String self,
            @Schema(example = "/api/v1/guidelines/voorbeeld/draft/publish") String publish,
            @Schema(description = "The published guideline (404 until a first version is published)", example = "/api/v1/guidelines/voorbeeld") String guideline) {

        static DraftLinks of(String slug) {
            String guideline = ApiPaths.V1 + "/guidelines/" + slug;
            return new DraftLinks(guideline + "/draft", guideline + "/draft/publish", guideline);
        }
    }

    static DraftView of(DraftRow row, GuidelineDocument document) {
        return new DraftView(row.slug(), row.revision(), row.baseVersion(), row.createdBy(), row.createdAt(), row.updatedBy(),
                row.updatedAt(), document, DraftLinks.of(row.slug()));
    }
}
