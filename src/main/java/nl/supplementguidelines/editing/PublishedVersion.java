package nl.supplementguidelines.editing;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.supplementguidelines.web.ApiPaths;

import java.time.Instant;
import java.util.List;

/** What a publication made: the new version, with links to it and to the guideline. */
@Schema(name = "PublishedVersion", description = "The version a publication made")
record PublishedVersion(
        @Schema(example = "voorbeeld") String slug,
        @Schema(example = "1") int version,
        Instant publishedAt,
        @Schema(description = "Subject of the publisher", example = "publisher-ben") String publishedBy,
        @Schema(example = "Eerste versie") String changeNote,
        @ArraySchema(arraySchema = @Schema(description = "Languages the version before was translated into. Translations are not carried over (each is checked against "
                + "one version's structure and texts): until they are published again for this version (PUT .../versions/{n}/translations/{language}), "
                + "Accept-Language in one of them is answered in Dutch. Empty for version 1 or an untranslated version."),
                schema = @Schema(example = "en"))
        List<String> translationsToRedo,
        Links links) {

    @Schema(name = "PublishedVersionLinks")
    record Links(
            @Schema(description = "This version, forever", example = "/api/v1/guidelines/voorbeeld/versions/1") String self,
            @Schema(description = "The latest version", example = "/api/v1/guidelines/voorbeeld") String guideline,
            @Schema(description = "What changed since the version before (absent for version 1)", example = "/api/v1/guidelines/voorbeeld/versions/1/changes/2",
                    nullable = true) String changes) {
    }

    static String versionHref(String slug, int version) {
        return ApiPaths.V1 + "/guidelines/" + slug + "/versions/" + version;
    }

    static PublishedVersion of(String slug, int version, Instant at, String by, String note, List<String> translationsToRedo) {
        String changes = version == 1 ? null : versionHref(slug, version - 1) + "/changes/" + version;
        return new PublishedVersion(slug, version, at, by, note, List.copyOf(translationsToRedo), new Links(versionHref(slug, version), ApiPaths.V1 + "/guidelines/" + slug, changes));
    }
}
