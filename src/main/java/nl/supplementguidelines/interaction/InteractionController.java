package nl.supplementguidelines.interaction;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.supplementguidelines.language.Language;
import nl.supplementguidelines.web.ApiPaths;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.RequestBody;
import nl.supplementguidelines.web.BodyValidation;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Interactions", description = "Documented nutrient-medicine interactions with their sources, and checks of medicines against nutrients, guidelines and regimens")
class InteractionController {

    private final InteractionCheckService service;

    InteractionController(InteractionCheckService service) {
        this.service = service;
    }

    @GetMapping(path = ApiPaths.V1 + "/interactions", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listInteractions", summary = "List documented nutrient-medicine interactions",
            description = "The rows of our interaction table (from shared/reference/interactions.md), each with the medicine group and its ATC codes, "
                    + "what happens, the advice the source gives (or that it gives none) and the sources. Filters combine: `nutrient` (slug, Dutch or "
                    + "English name) and `atc` (a code at any level; a medicine matches every group whose code is a prefix of its own, so J01MA02 finds "
                    + "the J01MA and J01 rows). No severity is given: our sources grade none. When nothing matches, `status` is "
                    + "NONE_KNOWN_IN_OUR_SOURCES: none known in our sources, which is not the same as none.")
    ResponseEntity<InteractionList> list(
            @Parameter(description = "Nutrient by slug, Dutch or English name", example = "zink")
            @RequestParam(name = "nutrient", required = false) @Size(min = 1, max = 100) String nutrient,
            @Parameter(description = "ATC code of a medicine or group, any level, case-insensitive", example = "J01MA02")
            @RequestParam(name = "atc", required = false) @Pattern(regexp = AtcCode.PATTERN, message = "must be an ATC code such as J01MA02 or C10AA") String atc) {
        // The table's texts are the source's English; the summaries are given in Dutch and English.
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_LANGUAGE, "en, nl").body(service.list(nutrient, atc));
    }

    @GetMapping(path = ApiPaths.V1 + "/interactions/{row}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getInteraction", summary = "Get one interaction row",
            description = "One row of the interaction table, by the number that verdicts cite (`row`).")
    ResponseEntity<InteractionView> get(@Parameter(description = "Row number", example = "1") @PathVariable("row") int row) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_LANGUAGE, "en").body(service.row(row));
    }

    @PostMapping(path = ApiPaths.V1 + "/interaction-checks", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "checkInteractions", summary = "Check medicines against nutrients, a guideline or a regimen",
            description = "Takes medicines (ATC codes at any level, or names of medicine groups in our table such as `statins`) and exactly one of a "
                    + "guideline slug, a regimen (`{\"guidelines\": [...]}`) or a list of nutrients, and returns per nutrient the rows of our interaction "
                    + "table that apply, each with the ATC code that matched, what happens, the source's advice and the sources. A nutrient with no "
                    + "documented interaction says NONE_KNOWN_IN_OUR_SOURCES, never 'none'. No severity: our sources grade none. Up to "
                    + InteractionCheckRequest.MAX_MEDICINES + " medicines and " + InteractionCheckRequest.MAX_NUTRIENTS + " nutrients; more is a 400. "
                    + "Unknown medicines, nutrients or guidelines are a 422 naming each field. Explanations are Dutch, or English with `Accept-Language: en`; "
                    + "the table's own texts are English, as the source gives them.")
    ResponseEntity<InteractionCheckResponse> check(@Validated(BodyValidation.SizesFirst.class) @RequestBody InteractionCheckRequest request,
            @Parameter(description = "`en` for English explanations; Dutch otherwise", example = "en")
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        Language language = Language.fromAcceptLanguage(acceptLanguage);
        return language.ok(service.check(request, language));
    }
}
