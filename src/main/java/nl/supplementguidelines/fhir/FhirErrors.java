package nl.supplementguidelines.fhir;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.databind.node.ObjectNode;

/**
 * The errors of /fhir as FHIR says them: an OperationOutcome in {@code application/fhir+json}, one issue of severity
 * error. Only for {@link FhirController}, ahead of the problem+json handler of the rest of the API; what fails in the
 * platform (an unreachable database) stays with that handler.
 */
@RestControllerAdvice(assignableTypes = FhirController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class FhirErrors {

    @ExceptionHandler(FhirError.class)
    ResponseEntity<ObjectNode> fhirError(FhirError error) {
        return ResponseEntity.status(error.status()).contentType(FhirController.FHIR_JSON).cacheControl(CacheControl.noStore())
                .body(outcome(error.code(), error.getMessage()));
    }

    static ObjectNode outcome(String code, String diagnostics) {
        ObjectNode outcome = FhirJson.NODES.objectNode();
        outcome.put("resourceType", "OperationOutcome");
        ObjectNode issue = outcome.putArray("issue").addObject();
        issue.put("severity", "error");
        issue.put("code", code);
        issue.put("diagnostics", diagnostics);
        return outcome;
    }
}
