package nl.supplementguidelines.regimen;

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
@Tag(name = "Regimens", description = "Several guidelines combined into one daily plan")
class RegimenController {

    private final RegimenService service;

    RegimenController(RegimenService service) {
        this.service = service;
    }

    @PostMapping(path = ApiPaths.V1 + "/regimens", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "buildRegimen", summary = "Combine guidelines into one daily plan",
            description = "Computes (and does not store) one line per nutrient from the guidelines given: the merged daily dose, the guidelines it "
                    + "came from with their rows, doses and evidence levels, and a check of the merged dose against the reference levels. "
                    + "Merge rules: " + MergeRules.TEXT + " Limits: 1 to " + RegimenRequest.MAX_GUIDELINES + " guidelines (more is a 400); "
                    + "unknown or repeated guidelines are a 422. Explanations are Dutch, or English with `Accept-Language: en`.")
    ResponseEntity<RegimenResponse> build(@Validated(BodyValidation.SizesFirst.class) @RequestBody RegimenRequest request,
            @Parameter(description = "`en` for English explanations; Dutch otherwise", example = "en")
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        Language language = Language.fromAcceptLanguage(acceptLanguage);
        return language.ok(service.build(request, language));
    }
}
