package nl.supplementguidelines.web.problem;

import nl.supplementguidelines.web.admission.ContentTooLarge;
import nl.supplementguidelines.web.admission.ReadLimits;
import nl.supplementguidelines.web.requestid.RequestIds;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;

import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;

import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.ArrayList;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that turns exceptions into RFC 9457 problem responses. Every problem gets a stable
 * {@code type} per kind of error (never the request URL), a title, the status, a detail a person can
 * read and the {@code instance} path. Nothing internal (stack traces, SQL, class names) reaches a client.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final @org.jspecify.annotations.Nullable Problems problems;

    ApiExceptionHandler() {
        this(null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    ApiExceptionHandler(@org.jspecify.annotations.Nullable Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ResourceNotFound.class)
    ResponseEntity<Object> handleNotFound(ResourceNotFound ex, WebRequest request) {
        ProblemDetail problem = Problems.detail(ProblemType.NOT_FOUND, ex.getMessage());
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.NOT_FOUND, request);
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> handleProblem(ProblemException ex, WebRequest request) {
        ProblemDetail problem = Problems.detail(ex.type(), ex.getMessage());
        ex.members().forEach(problem::setProperty);
        return handleExceptionInternal(ex, problem, new HttpHeaders(), ex.type().status(), request);
    }

    @ExceptionHandler(InvalidRequest.class)
    ResponseEntity<Object> handleInvalidRequest(InvalidRequest ex, WebRequest request) {
        ProblemDetail problem = Problems.detail(ex.type(), ProblemErrors.summarise(ex.errors()));
        ProblemErrors.attach(problem, ex.errors());
        return handleExceptionInternal(ex, problem, new HttpHeaders(), ex.type().status(), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> handleTypeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
        String expected = ex.getRequiredType() == null ? "a different type" : InvalidItems.describeType(ex.getRequiredType());
        String message = "must be " + expected;
        ProblemDetail problem = Problems.detail(ProblemType.INVALID_PARAMETER,
                "Parameter '" + ex.getName() + "' " + message + ", but was '" + InvalidItems.shorten(ex.getValue()) + "'.");
        problem.setProperty("errors", List.of(new InvalidItem(ex.getName(), message, InvalidItems.shorten(ex.getValue()))));
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    /** Tomcat refuses to decode a malformed query parameter (such as a lone {@code %}) only when it is read. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> handleUndecodableParameter(InvalidParameterException ex, WebRequest request) {
        Matcher name = Pattern.compile("Parameter \\[([^\\]]{1,100})]").matcher(String.valueOf(ex.getMessage()));
        String parameter = name.find() ? name.group(1) : "query string";
        String message = "is not correctly percent-encoded UTF-8";
        ProblemDetail problem = Problems.detail(ProblemType.INVALID_PARAMETER, "'" + parameter + "' " + message
                + " (write a literal % as %25).");
        problem.setProperty("errors", List.of(new InvalidItem(parameter, message, null)));
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) throws Exception {
        if (request instanceof ServletWebRequest servlet && servlet.getResponse() != null && servlet.getResponse().isCommitted()) {
            // A streamed answer (the bulk export) failed after its first bytes: no problem can follow them. Rethrown, so that
            // Tomcat closes the connection (ErrorReportValve) instead of ending the body as if it were whole.
            throw ex;
        }
        if (DatabaseFailures.isUnavailable(ex)) {
            return handleDatabaseUnavailable(ex, request);
        }
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected failure (reference {}) on {}", reference, RequestDescriptions.describe(request), ex);
        ProblemDetail problem = Problems.detail(ProblemType.INTERNAL_ERROR,
                "An unexpected error occurred. Quote reference " + reference + " when reporting it.");
        problem.setProperty("reference", reference);
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    /** The database is down or too slow: temporary, so a 503 with Retry-After rather than a 500. */
    private ResponseEntity<Object> handleDatabaseUnavailable(Exception ex, WebRequest request) {
        log.warn("Database unavailable on {}: {}", RequestDescriptions.describe(request), ex.getMessage());
        ProblemDetail problem = Problems.detail(ProblemType.SERVICE_UNAVAILABLE,
                DatabaseFailures.UNAVAILABLE_DETAIL);
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseFailures.RETRY_AFTER_SECONDS));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.SERVICE_UNAVAILABLE, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidItem> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String name = InvalidItems.parameterName(result.getMethodParameter().getParameterName(), result.getMethodParameter());
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                errors.add(new InvalidItem(name, InvalidItems.message(error), InvalidItems.shorten(result.getArgument())));
            }
        });
        return invalidParameters(ex, FieldOrder.sorted(errors), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalidParameters(ex, List.of(new InvalidItem(ex.getParameterName(), "is required", null)), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidItem> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(new InvalidItem(error.getField(), InvalidItems.message(error), InvalidItems.shorten(error.getRejectedValue())));
        }
        ex.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(new InvalidItem(error.getObjectName(), InvalidItems.message(error), null)));
        List<InvalidItem> sorted = FieldOrder.sorted(errors);
        ProblemDetail problem = Problems.detail(ProblemType.INVALID_REQUEST_BODY, ProblemErrors.summarise(sorted));
        ProblemErrors.attach(problem, sorted);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ContentTooLarge tooLarge = ContentTooLarge.in(ex);
        if (tooLarge != null) {
            ProblemDetail problem = Problems.detail(ProblemType.CONTENT_TOO_LARGE, ContentTooLarge.detail(tooLarge.limitBytes()));
            problem.setProperty("maxBodySize", tooLarge.limitBytes());
            return handleExceptionInternal(ex, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
        }
        String overLimit = ReadLimits.describe(ex);
        List<InvalidItem> errors = InvalidItems.bodyErrors(ex);
        ProblemDetail problem = Problems.detail(ProblemType.MALFORMED_REQUEST_BODY,
                "The request body could not be read as JSON of the documented shape."
                        + (overLimit != null ? " " + overLimit : errors.isEmpty() ? "" : " " + ProblemErrors.summarise(errors)));
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        // An ErrorResponse of ours (the rate limiter's 429 for a request's price) brings its own typed problem: keep it.
        ProblemDetail problem = body instanceof ProblemDetail given ? given
                : ex instanceof org.springframework.web.ErrorResponse response && response.getBody().getType() != null
                        && !URI.create("about:blank").equals(response.getBody().getType()) ? response.getBody()
                        : ProblemDetail.forStatus(statusCode);
        if (problem.getType() == null || URI.create("about:blank").equals(problem.getType())) {
            ProblemType type = ProblemType.forStatus(statusCode.value());
            problem.setType(type.uri());
            problem.setTitle(type.title());
            String detail = RequestDescriptions.detailFor(ex, type, request);
            if (detail != null) {
                problem.setDetail(detail);
            }
        }
        if (problem.getDetail() == null) {
            HttpStatus known = HttpStatus.resolve(statusCode.value());
            problem.setDetail((known == null ? "Error" : known.getReasonPhrase()) + ".");
        }
        HttpServletRequest servlet = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
        var format = problems == null || servlet == null ? java.util.Optional.<ErrorFormat>empty() : problems.formatFor(servlet.getRequestURI());
        if (format.isPresent()) {
            // A part with its own error format (FHIR under /fhir) says the same error its way; headers (Allow, Retry-After) stay.
            return ResponseEntity.status(statusCode).headers(headers).contentType(format.get().mediaType())
                    .cacheControl(org.springframework.http.CacheControl.noStore())
                    .body(format.get().body(statusCode.value(), String.valueOf(problem.getDetail())));
        }
        problem.setInstance(RequestDescriptions.instance(request));
        problem.setProperty("requestId", RequestIds.current(((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class)));
        return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
    }

    private ResponseEntity<Object> invalidParameters(Exception ex, List<InvalidItem> errors, HttpHeaders headers, WebRequest request) {
        ProblemDetail problem = Problems.detail(ProblemType.INVALID_PARAMETER, ProblemErrors.summarise(errors));
        ProblemErrors.attach(problem, errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }
}
