package nl.supplementguidelines.fhir;

import org.springframework.http.HttpStatus;

/**
 * A request to /fhir that cannot be answered, as FHIR says it: an OperationOutcome with one issue of this code
 * ({@code not-found}, {@code invalid}, {@code not-supported}, {@code too-costly}) and a diagnostic naming what was wrong.
 */
final class FhirError extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    private FhirError(HttpStatus status, String code, String diagnostics) {
        super(diagnostics, null, false, false);
        this.status = status;
        this.code = code;
    }

    static FhirError notFound(String diagnostics) {
        return new FhirError(HttpStatus.NOT_FOUND, "not-found", diagnostics);
    }

    static FhirError invalid(String diagnostics) {
        return new FhirError(HttpStatus.BAD_REQUEST, "invalid", diagnostics);
    }

    static FhirError notSupported(String diagnostics) {
        return new FhirError(HttpStatus.BAD_REQUEST, "not-supported", diagnostics);
    }

    static FhirError notAcceptable(String diagnostics) {
        return new FhirError(HttpStatus.NOT_ACCEPTABLE, "not-supported", diagnostics);
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }
}
