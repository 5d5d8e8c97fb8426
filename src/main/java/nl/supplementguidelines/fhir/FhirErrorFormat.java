package nl.supplementguidelines.fhir;

import nl.supplementguidelines.web.problem.ErrorFormat;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The platform's errors under /fhir (unknown routes, 405, 406, 429, 503, body limits) as OperationOutcomes, as FHIR
 * clients expect them: the web module asks this format first ({@link ErrorFormat}) and keeps its status and headers.
 */
@Component
class FhirErrorFormat implements ErrorFormat {

    @Override
    public boolean covers(String requestUri) {
        return requestUri.equals(FhirController.PATH) || requestUri.startsWith(FhirController.PATH + "/");
    }

    @Override
    public MediaType mediaType() {
        return FhirController.FHIR_JSON;
    }

    @Override
    public Object body(int status, String detail) {
        return FhirErrors.outcome(code(status), detail);
    }

    /** FHIR's issue type for an HTTP status (R4 value set issue-type). */
    static String code(int status) {
        return switch (status) {
            case 400 -> "invalid";
            case 404, 410 -> "not-found";
            case 405, 406, 415 -> "not-supported";
            case 413 -> "too-long";
            case 429 -> "throttled";
            case 503 -> "transient";
            default -> status >= 500 ? "exception" : "processing";
        };
    }
}
