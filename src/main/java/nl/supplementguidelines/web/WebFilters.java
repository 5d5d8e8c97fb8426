package nl.supplementguidelines.web;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;

/**
 * The filters every request of the API port passes, in this order: request id (first, so every log line has it),
 * then Spring's observation filter (metrics), security headers, CORS, rate limit, the body size limit (after the rate
 * limit, so an oversized request still costs its client a token), the Accept check, the gate to Spring Security
 * for the editing operations (before the cache, which never keeps or serves what editors read), and HTTP caching
 * (last, so a cached answer still gets the headers of the filters before it, and a refused Accept header is refused
 * for cached resources too). Each sub-package registers its own filter; the order is kept here, in one place.
 */
public final class WebFilters {

    public static final int REQUEST_ID_ORDER = Ordered.HIGHEST_PRECEDENCE;
    public static final int SECURITY_HEADERS_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;
    public static final int CORS_ORDER = Ordered.HIGHEST_PRECEDENCE + 11;
    public static final int RATE_LIMIT_ORDER = Ordered.HIGHEST_PRECEDENCE + 12;
    public static final int BODY_LIMIT_ORDER = Ordered.HIGHEST_PRECEDENCE + 13;
    public static final int ACCEPT_ORDER = Ordered.HIGHEST_PRECEDENCE + 14;
    public static final int EDITOR_SECURITY_ORDER = Ordered.HIGHEST_PRECEDENCE + 15;
    public static final int HTTP_CACHE_ORDER = Ordered.HIGHEST_PRECEDENCE + 16;

    private WebFilters() {
    }

    public static <F extends Filter> FilterRegistrationBean<F> register(F filter, int order) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(order);
        return registration;
    }
}
