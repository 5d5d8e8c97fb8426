package nl.supplementguidelines.guideline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.supplementguidelines.guideline.GuidelineService.Served;
import nl.supplementguidelines.guideline.GuidelineViews.GuidelineDetails;
import nl.supplementguidelines.guideline.TranslationService.Outcome;
import nl.supplementguidelines.language.Language;
import nl.supplementguidelines.web.ApiPaths;
import nl.supplementguidelines.web.BodyValidation;
import nl.supplementguidelines.web.security.Editor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Publishing a translation of a published version (an editing operation: scope guidelines:edit, see EditorEndpoints). */
@RestController
@Tag(name = "Editing")
class TranslationController {

    private final TranslationService translations;
    private final GuidelineService guidelines;

    TranslationController(TranslationService translations, GuidelineService guidelines) {
        this.translations = translations;
        this.guidelines = guidelines;
    }

    @PutMapping(path = ApiPaths.V1 + "/guidelines/{slug}/versions/{version}/translations/{language}",
            consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "putGuidelineTranslation", summary = "Publish a translation of a published version",
            description = "The texts of one published version in another language (English for now), and only the texts: every list in "
                    + "the version's order and of the version's length, `qualifier`, `causalityStatement` and `goal` exactly where the version "
                    + "has them. Numbers, doses, units, evidence levels, slugs and footnote markers are the version's and have no field here. "
                    + "Every structural mismatch is reported in one 422 naming each field (`recommendations[0].effects`). A published "
                    + "translation never changes, like its version: the same texts again answer 200, other texts 409. The answer is the "
                    + "version as `Accept-Language: en` now serves it (201, `Location`: the version).")
    @ApiResponse(responseCode = "201", description = "Published: the version in the translation's language",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = GuidelineDetails.class)))
    @ApiResponse(responseCode = "200", description = "Published already with exactly these texts: nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = GuidelineDetails.class)))
    ResponseEntity<GuidelineDetails> put(
            @Parameter(description = "The guideline's slug", example = "voorbeeld") @PathVariable String slug,
            @Parameter(description = "The published version translated (1-based)", example = "1", schema = @Schema(minimum = "1", maximum = GuidelineRef.MAX_VERSION_TEXT, type = "integer"))
            @PathVariable @Min(1) @Max(GuidelineVersionController.MAX_VERSION) int version,
            @Parameter(description = "The translation's language, a BCP 47 tag; supported: en", example = "en")
            @PathVariable String language,
            @Validated(BodyValidation.SizesFirst.class) @RequestBody TranslationTexts texts,
            @Parameter(hidden = true) Editor editor) {
        Outcome outcome;
        try {
            outcome = translations.publish(slug, version, language, texts, editor);
        } catch (TranslationService.LostRace race) {
            // Once more, in a new transaction: the same texts are then a 200 like any repeat, other texts a 409.
            outcome = translations.publish(slug, version, language, texts, editor);
        }
        Served<GuidelineDetails> served = guidelines.version(slug, version, Language.fromAcceptLanguage(language)).served();
        return ResponseEntity.status(outcome == Outcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK)
                .header(HttpHeaders.LOCATION, GuidelineViews.versionHrefOf(slug, version))
                .header(HttpHeaders.CONTENT_LANGUAGE, served.language())
                .body(served.body());
    }
}
