package nl.supplementguidelines.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.net.URI;

/** What the exception handler says about the request itself: its path as {@code instance}, and Spring's own errors in words. */
final class RequestDescriptions {

    private RequestDescriptions() {
    }

    /** A detail for an error Spring MVC raised with no detail of ours; null to keep the default. */
    static @Nullable String detailFor(Exception ex, ProblemType type, WebRequest request) {
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

    static @Nullable URI instance(WebRequest request) {
        HttpServletRequest servlet = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
        try {
            return URI.create(servlet == null ? "/" : servlet.getRequestURI());
        } catch (IllegalArgumentException unparseable) {
            return null;
        }
    }

    static String describe(WebRequest request) {
        HttpServletRequest servlet = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
        return servlet == null ? "this path" : servlet.getMethod() + " " + servlet.getRequestURI();
    }
}
