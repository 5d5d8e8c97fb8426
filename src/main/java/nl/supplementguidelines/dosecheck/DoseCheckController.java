package nl.supplementguidelines.dosecheck;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.supplementguidelines.language.Language;
import nl.supplementguidelines.web.ApiPaths;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.RequestBody;
import nl.supplementguidelines.web.BodyValidation;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Dose checks", description = "Daily intakes against guideline doses and reference levels of safe intake")
class DoseCheckController {

    private final DoseCheckService service;

    DoseCheckController(DoseCheckService service) {
        this.service = service;
    }

    @PostMapping(path = ApiPaths.V1 + "/dose-checks", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "checkDoses", summary = "Check daily intakes against guidelines and reference levels",
            description = "For each intake (nutrient by slug, Dutch or English name; `amount` and `unit`, or `dose` wording such as `1,5 g` or "
                    + "`25 µg (1000 IE)`): BELOW, WITHIN or ABOVE each guideline's daily dose (or NOT_IN_GUIDELINE), both amounts in one common "
                    + "unit, the intake against every reference level of safe daily intake (UL or OSL, with body, population and citation; "
                    + "NONE_SET_IN_OUR_SOURCES where our sources set none), and an explanation citing the guideline row, its last modification "
                    + "and the reference rows. Nutrients of the guidelines that the intakes lack are listed. Mass units convert exactly; IU "
                    + "converts to mass only for a nutrient with a factor (vitamin D: 1 µg = 40 IU); CFU never converts. Limits: 1 to "
                    + DoseCheckRequest.MAX_GUIDELINES + " guidelines, 1 to " + DoseCheckRequest.MAX_INTAKES + " intakes (more is a 400), "
                    + "amounts above 0 and at most 10^15. A nutrient in several intakes is also checked as a sum (`totals`). Malformed JSON and schema violations are a 400; unknown nutrients, "
                    + "guidelines or units, units that do not fit the nutrient and unreadable dose wording are a 422 whose `errors` name each "
                    + "field (`intakes[1].unit`). Explanations are Dutch, or English with `Accept-Language: en`.")
    ResponseEntity<DoseCheckResponse> check(@Validated(BodyValidation.SizesFirst.class) @RequestBody DoseCheckRequest request,
            @Parameter(description = "`en` for English explanations; Dutch otherwise", example = "en")
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        Language language = Language.fromAcceptLanguage(acceptLanguage);
        return language.ok(service.check(request, language));
    }
}
