package nl.supplementguidelines.web;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
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
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final int MAX_ECHOED_VALUE = 100;

    /** One invalid parameter or field: which one, what was sent (shortened) and why it was refused. */
    public record InvalidItem(String name, String message, Object rejectedValue) {
    }

    @ExceptionHandler(ResourceNotFound.class)
    ResponseEntity<Object> handleNotFound(ResourceNotFound ex, WebRequest request) {
        ProblemDetail problem = problem(ProblemType.NOT_FOUND, ex.getMessage());
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.NOT_FOUND, request);
    }

    @ExceptionHandler(InvalidRequest.class)
    ResponseEntity<Object> handleInvalidRequest(InvalidRequest ex, WebRequest request) {
        ProblemDetail problem = problem(ex.type(), ProblemErrors.summarise(ex.errors()));
        ProblemErrors.attach(problem, ex.errors());
        return handleExceptionInternal(ex, problem, new HttpHeaders(), ex.type().status(), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> handleTypeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
        String expected = ex.getRequiredType() == null ? "a different type" : describeType(ex.getRequiredType());
        String message = "must be " + expected;
        ProblemDetail problem = problem(ProblemType.INVALID_PARAMETER,
                "Parameter '" + ex.getName() + "' " + message + ", but was '" + shorten(ex.getValue()) + "'.");
        problem.setProperty("errors", List.of(new InvalidItem(ex.getName(), message, shorten(ex.getValue()))));
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    /** Tomcat refuses to decode a malformed query parameter (such as a lone {@code %}) only when it is read. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> handleUndecodableParameter(InvalidParameterException ex, WebRequest request) {
        Matcher name = Pattern.compile("Parameter \\[([^\\]]{1,100})]").matcher(String.valueOf(ex.getMessage()));
        String parameter = name.find() ? name.group(1) : "query string";
        String message = "is not correctly percent-encoded UTF-8";
        ProblemDetail problem = problem(ProblemType.INVALID_PARAMETER, "'" + parameter + "' " + message
                + " (write a literal % as %25).");
        problem.setProperty("errors", List.of(new InvalidItem(parameter, message, null)));
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
        if (DatabaseFailures.isUnavailable(ex)) {
            return handleDatabaseUnavailable(ex, request);
        }
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected failure (reference {}) on {}", reference, describe(request), ex);
        ProblemDetail problem = problem(ProblemType.INTERNAL_ERROR,
                "An unexpected error occurred. Quote reference " + reference + " when reporting it.");
        problem.setProperty("reference", reference);
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    /** The database is down or too slow: temporary, so a 503 with Retry-After rather than a 500. */
    private ResponseEntity<Object> handleDatabaseUnavailable(Exception ex, WebRequest request) {
        log.warn("Database unavailable on {}: {}", describe(request), ex.getMessage());
        ProblemDetail problem = problem(ProblemType.SERVICE_UNAVAILABLE,
                "The guideline database cannot be reached right now. Retry in a few seconds.");
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseFailures.RETRY_AFTER_SECONDS));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.SERVICE_UNAVAILABLE, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidItem> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String name = parameterName(result.getMethodParameter().getParameterName(), result.getMethodParameter());
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                errors.add(new InvalidItem(name, message(error), shorten(result.getArgument())));
            }
        });
        return invalidParameters(ex, errors, headers, request);
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
            errors.add(new InvalidItem(error.getField(), message(error), shorten(error.getRejectedValue())));
        }
        ex.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(new InvalidItem(error.getObjectName(), message(error), null)));
        ProblemDetail problem = problem(ProblemType.INVALID_REQUEST_BODY, ProblemErrors.summarise(errors));
        ProblemErrors.attach(problem, errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ContentTooLarge tooLarge = ContentTooLarge.in(ex);
        if (tooLarge != null) {
            ProblemDetail problem = problem(ProblemType.CONTENT_TOO_LARGE, ContentTooLarge.detail(tooLarge.limitBytes()));
            problem.setProperty("maxBodySize", tooLarge.limitBytes());
            return handleExceptionInternal(ex, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
        }
        String overLimit = ReadLimits.describe(ex);
        List<InvalidItem> errors = bodyErrors(ex);
        ProblemDetail problem = problem(ProblemType.MALFORMED_REQUEST_BODY,
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
            String detail = detailFor(ex, type, request);
            if (detail != null) {
                problem.setDetail(detail);
            }
        }
        if (problem.getDetail() == null) {
            HttpStatus known = HttpStatus.resolve(statusCode.value());
            problem.setDetail((known == null ? "Error" : known.getReasonPhrase()) + ".");
        }
        problem.setInstance(instance(request));
        problem.setProperty("requestId", RequestIds.current(((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class)));
        return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
    }

    private ResponseEntity<Object> invalidParameters(Exception ex, List<InvalidItem> errors, HttpHeaders headers, WebRequest request) {
        ProblemDetail problem = problem(ProblemType.INVALID_PARAMETER, ProblemErrors.summarise(errors));
        ProblemErrors.attach(problem, errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** For a value of the wrong type ({@code "amount": "abc"}): the field, by its JSON path, and what it must be. */
    private static List<InvalidItem> bodyErrors(HttpMessageNotReadableException ex) {
        if (!(ex.getCause() instanceof tools.jackson.databind.exc.MismatchedInputException mismatch) || mismatch.getPath().isEmpty()) {
            return List.of();
        }
        StringBuilder path = new StringBuilder();
        for (tools.jackson.core.JacksonException.Reference reference : mismatch.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        Object rejected = mismatch instanceof tools.jackson.databind.exc.InvalidFormatException invalid ? shorten(invalid.getValue()) : null;
        return List.of(new InvalidItem(path.toString(), "must be " + describeJsonType(mismatch.getTargetType()), rejected));
    }

    private static String describeJsonType(Class<?> type) {
        if (type == null) {
            return "of the documented type";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return type.isEnum() ? "one of " + java.util.Arrays.toString(type.getEnumConstants()) : "an object of the documented shape";
    }

    private static String detailFor(Exception ex, ProblemType type, WebRequest request) {
        if (type == ProblemType.NOT_FOUND && (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException)) {
            return "There is no endpoint at " + describe(request) + ".";
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException notAcceptable) {
            return "None of the media types in the Accept header can be produced; this resource is available as "
                    + (notAcceptable.getSupportedMediaTypes().isEmpty() ? "application/json" : notAcceptable.getSupportedMediaTypes()) + ".";
        }
        if (ex instanceof HttpRequestMethodNotSupportedException notSupported) {
            return "Method " + notSupported.getMethod() + " is not supported here; the Allow header lists the supported methods.";
        }
        if (ex instanceof HttpMediaTypeNotSupportedException unsupported) {
            return "Content-Type " + unsupported.getContentType() + " is not supported; use "
                    + unsupported.getSupportedMediaTypes() + ".";
        }
        return null;
    }

    private static ProblemDetail problem(ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        return problem;
    }

    private static String message(MessageSourceResolvable error) {
        return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
    }

    private static String parameterName(String name, MethodParameter parameter) {
        RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
        if (requestParam != null && !requestParam.name().isEmpty()) {
            return requestParam.name();
        }
        PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
        if (pathVariable != null && !pathVariable.name().isEmpty()) {
            return pathVariable.name();
        }
        return name == null ? "parameter" : name;
    }

    private static String describeType(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        return "of the documented format";
    }

    private static Object shorten(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof java.util.Collection<?> items) {
            // A list is described, not printed: printing 20,000 elements to keep the first 100 characters is waste.
            return "a list of " + items.size() + " items";
        }
        String text = String.valueOf(value);
        if (text.length() <= MAX_ECHOED_VALUE || text.codePointCount(0, text.length()) <= MAX_ECHOED_VALUE) {
            return text;
        }
        // Cut between code points, never inside a surrogate pair (an emoji), and count as the limits do.
        return text.substring(0, text.offsetByCodePoints(0, MAX_ECHOED_VALUE)) + "…";
    }

    private static URI instance(WebRequest request) {
        HttpServletRequest servlet = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
        try {
            return URI.create(servlet == null ? "/" : servlet.getRequestURI());
        } catch (IllegalArgumentException unparseable) {
            return null;
        }
    }

    private static String describe(WebRequest request) {
        HttpServletRequest servlet = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
        return servlet == null ? "this path" : servlet.getMethod() + " " + servlet.getRequestURI();
    }

}
