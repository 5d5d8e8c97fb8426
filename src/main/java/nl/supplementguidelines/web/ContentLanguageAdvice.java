package nl.supplementguidelines.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * The guideline content is Dutch, so every content response of the API says so. Problem responses are
 * written in English and are left alone.
 */
@ControllerAdvice
class ContentLanguageAdvice implements ResponseBodyAdvice<Object> {

    static final String CONTENT_LANGUAGE = "nl";

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
        // A controller that writes in the language the client asked for (dose checks) sets the header itself.
        if (!(body instanceof ProblemDetail) && path(request).startsWith(ApiPaths.V1 + "/")
                && !response.getHeaders().containsHeader(HttpHeaders.CONTENT_LANGUAGE)) {
            response.getHeaders().set(HttpHeaders.CONTENT_LANGUAGE, CONTENT_LANGUAGE);
        }
        return body;
    }

    // The decoded path, as the URI's was, without building a java.net.URI for every answer.
    private static String path(ServerHttpRequest request) {
        if (request instanceof ServletServerHttpRequest servlet) {
            String pathInfo = servlet.getServletRequest().getPathInfo();
            return servlet.getServletRequest().getServletPath() + (pathInfo == null ? "" : pathInfo);
        }
        return request.getURI().getPath();
    }
}
