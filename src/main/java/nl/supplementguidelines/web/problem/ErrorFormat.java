package nl.supplementguidelines.web.problem;

import org.springframework.http.MediaType;

/**
 * Another way to say an error, for a part of the API whose standard has its own (FHIR's OperationOutcome under
 * /fhir). A feature implements it; the one writer ({@link Problems}) and the exception handler ask it first, so that
 * the platform's errors there (404, 405, 406, 429, 503) are in that part's format without {@code web} knowing it.
 */
public interface ErrorFormat {

    /** Whether errors of this request path (the request URI, without the query) are written in this format. */
    boolean covers(String requestUri);

    MediaType mediaType();

    /** The body of an error with this status whose problem would have said {@code detail}. */
    Object body(int status, String detail);
}
