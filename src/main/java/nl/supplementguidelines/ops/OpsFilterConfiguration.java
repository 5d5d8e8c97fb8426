package nl.supplementguidelines.ops;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import tools.jackson.databind.ObjectMapper;

import javax.sql.DataSource;
import java.time.Instant;

/**
 * The filters every request of the API port passes, in this order: request id (first, so every log line has it),
 * then Spring's observation filter (metrics), security headers, CORS, rate limit, the body size limit (after the rate
 * limit, so an oversized request still costs its client a token), the Accept check and HTTP caching (last, so a cached
 * answer still gets the headers of the filters before it, and a refused Accept header is refused for cached resources
 * too).
 */
@Configuration(proxyBeanMethods = false)
class OpsFilterConfiguration {

    static final int REQUEST_ID_ORDER = Ordered.HIGHEST_PRECEDENCE;
    static final int SECURITY_HEADERS_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;
    static final int CORS_ORDER = Ordered.HIGHEST_PRECEDENCE + 11;
    static final int RATE_LIMIT_ORDER = Ordered.HIGHEST_PRECEDENCE + 12;
    static final int BODY_LIMIT_ORDER = Ordered.HIGHEST_PRECEDENCE + 13;
    static final int ACCEPT_ORDER = Ordered.HIGHEST_PRECEDENCE + 14;
    static final int HTTP_CACHE_ORDER = Ordered.HIGHEST_PRECEDENCE + 15;

    @Bean
    ProblemResponses problemResponses(ObjectMapper objectMapper) {
        return new ProblemResponses(objectMapper);
    }

    @Bean
    ContentVersion contentVersion(DataSource dataSource, HttpCacheProperties properties, ObjectProvider<BuildProperties> build) {
        // Without build information (a run from an IDE) the start of this process stands in for the build time.
        BuildProperties info = build.getIfAvailable();
        Instant builtAt = info != null && info.getTime() != null ? info.getTime() : Instant.now();
        return new ContentVersion(dataSource, properties.versionCheckInterval(), builtAt);
    }

    /** So an operator can see what freshness costs: no reads while nothing changes on H2, one per request on PostgreSQL. */
    @Bean
    MeterBinder contentVersionMetrics(ContentVersion contentVersion) {
        return registry -> FunctionCounter.builder("api.content.version.reads", contentVersion, ContentVersion::reads)
                .description("Reads of the content version from the database")
                .register(registry);
    }

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        return register(new RequestIdFilter(), REQUEST_ID_ORDER);
    }

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
        return register(new SecurityHeadersFilter(), SECURITY_HEADERS_ORDER);
    }

    @Bean
    FilterRegistrationBean<CorsFilter> corsFilter(CorsProperties properties, ProblemResponses problems) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!properties.origins().isEmpty()) {
            CorsConfiguration cors = new CorsConfiguration();
            cors.setAllowedOriginPatterns(properties.origins());
            cors.setAllowedMethods(properties.allowedMethods());
            cors.setAllowedHeaders(properties.allowedHeaders());
            cors.setExposedHeaders(properties.exposedHeaders());
            cors.setAllowCredentials(false);
            cors.setMaxAge(properties.maxAge());
            source.registerCorsConfiguration("/api/**", cors);
            source.registerCorsConfiguration("/problems/**", cors);
            source.registerCorsConfiguration("/problems", cors);
        }
        CorsFilter filter = new CorsFilter(source);
        filter.setCorsProcessor(new ProblemCorsProcessor(problems));
        return register(filter, CORS_ORDER);
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimitProperties properties, ProblemResponses problems) {
        return register(new RateLimitFilter(properties, problems), RATE_LIMIT_ORDER);
    }

    @Bean
    FilterRegistrationBean<AcceptHeaderFilter> acceptHeaderFilter(ProblemResponses problems) {
        return register(new AcceptHeaderFilter(problems), ACCEPT_ORDER);
    }

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(AdmissionProperties properties, ProblemResponses problems) {
        return register(new BodyLimitFilter(properties.maxBodyBytes(), problems), BODY_LIMIT_ORDER);
    }

    @Bean
    FilterRegistrationBean<HttpCacheFilter> httpCacheFilter(ContentVersion contentVersion, ProblemResponses problems,
            HttpCacheProperties properties) {
        return register(new HttpCacheFilter(contentVersion, problems, properties), HTTP_CACHE_ORDER);
    }

    private static <F extends jakarta.servlet.Filter> FilterRegistrationBean<F> register(F filter, int order) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(order);
        return registration;
    }
}
