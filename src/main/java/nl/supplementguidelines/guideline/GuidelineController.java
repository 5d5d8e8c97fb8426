package nl.supplementguidelines.guideline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.supplementguidelines.evidence.EvidenceLevel;
import nl.supplementguidelines.guideline.GuidelineViews.GuidelineDetails;
import nl.supplementguidelines.guideline.GuidelineViews.GuidelineRecommendations;
import nl.supplementguidelines.guideline.GuidelineViews.GuidelineSummary;
import nl.supplementguidelines.web.ApiPaths;
import nl.supplementguidelines.web.PageResponse;
import nl.supplementguidelines.web.Paging;
import nl.supplementguidelines.language.Language;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = ApiPaths.V1 + "/guidelines", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Guidelines", description = "Supplement guidelines: per condition, the nutrients that help, their daily dose and the evidence for them")
class GuidelineController {

    private final GuidelineService service;

    GuidelineController(GuidelineService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(operationId = "listGuidelines", summary = "List and search guidelines",
            description = "Pages through guideline summaries (each guideline's current version; withdrawn guidelines are not listed), ordered by title; "
                    + "with `q`, ranked. Filters combine: `q` finds guidelines holding every word of it (up to 8 words; Dutch stop words "
                    + "are left out) in the title, the alternative names, the description, the nutrients (Dutch and English names), the "
                    + "effects or a translation, ignoring case and accents, with Dutch stemming (`darmen` finds 'darm'), a word as the start "
                    + "of a compound (`barriere` finds 'barrièrefunctie'), one typo in a word of 5 letters or more (`lekende` finds "
                    + "'lekkende') and synonyms (`leaky gut` also finds 'lekkende darm'). Ranked by the best field holding every word: "
                    + "title, then alternative names, then description, then the rest; ties by slug. Each item then says in `match` why "
                    + "it matched. `nutrient` keeps "
                    + "guidelines that recommend that nutrient; `minEvidence` keeps guidelines with a recommendation of at least that "
                    + "many evidence dots (with `nutrient`, that nutrient's recommendation). The `links` member holds the URLs of the "
                    + "neighbouring pages.")
    PageResponse<GuidelineSummary> list(
            @Parameter(description = "Words to find (all of them), 1 to 100 characters and at most 8 words; case and accents are ignored. "
                    + "Ranks the results and adds `match` to each", example = "lekkende darm")
            @RequestParam(name = "q", required = false) @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String q,
            @Parameter(description = "Slug of a nutrient the guideline must recommend", example = "zink")
            @RequestParam(name = "nutrient", required = false) @Size(min = 1, max = 100) String nutrient,
            @Parameter(description = "Least evidence level (number of dots, 1 or more) of a recommendation the guideline must have", example = "2",
                    schema = @Schema(minimum = "1", type = "integer"))
            @RequestParam(name = "minEvidence", required = false) @Min(1) Integer minEvidence,
            @Parameter(description = Paging.PAGE_DESCRIPTION, schema = @Schema(minimum = "0", maximum = "100000", defaultValue = "0", type = "integer"))
            @RequestParam(name = "page", defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @Parameter(description = Paging.SIZE_DESCRIPTION, schema = @Schema(minimum = "1", maximum = "100", defaultValue = Paging.DEFAULT_SIZE, type = "integer"))
            @RequestParam(name = "size", defaultValue = Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size,
            HttpServletRequest request) {
        GuidelineFilter filter = new GuidelineFilter(q, nutrient, minEvidence == null ? null : EvidenceLevel.of(minEvidence));
        return PageResponse.of(service.search(filter, page, size), request);
    }

    @GetMapping("/{slug}")
    @Operation(operationId = "getGuideline", summary = "Get a whole guideline",
            description = "The complete guideline as its current published version (`version`): description, causes, related conditions, "
                    + "the goal of supplementation, every recommendation (nutrient, effects, daily dose with exact amounts and unit, evidence "
                    + "level) in document order, attention points, footnotes and related guidelines. A related guideline has an `href` once the "
                    + "API has its content. With `Accept-Language: en` the texts are the version's English translation when it has one "
                    + "(`translation` says which version it translates; `Content-Language: en`); otherwise Dutch (`Content-Language: nl`). "
                    + "A withdrawn guideline answers 410 with the reason and a link to its last version.")
    ResponseEntity<GuidelineDetails> get(@Parameter(description = "The guideline's slug", example = "leaky-gut") @PathVariable String slug,
            @Parameter(description = GuidelineLanguages.ACCEPT_LANGUAGE_DESCRIPTION, example = "en")
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return GuidelineLanguages.answer(service.get(slug, Language.fromAcceptLanguage(acceptLanguage)));
    }

    @GetMapping("/{slug}/recommendations")
    @Operation(operationId = "getGuidelineRecommendations", summary = "Get a guideline's recommendations",
            description = "The rows of the table of the guideline's current version in document order: per nutrient what it does, the daily "
                    + "dose (exact decimal amounts, UCUM unit code, display symbol and the source's wording) and the evidence level. "
                    + "`Accept-Language` and a withdrawn guideline as for the whole guideline.")
    ResponseEntity<GuidelineRecommendations> recommendations(@Parameter(description = "The guideline's slug", example = "leaky-gut") @PathVariable String slug,
            @Parameter(description = GuidelineLanguages.ACCEPT_LANGUAGE_DESCRIPTION, example = "en")
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return GuidelineLanguages.answer(service.recommendations(slug, Language.fromAcceptLanguage(acceptLanguage)));
    }
}
