package nl.supplementguidelines.web.security;

import nl.supplementguidelines.web.ApiPaths;

import nl.supplementguidelines.web.WebFilters;
import nl.supplementguidelines.web.problem.Problems;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/** The security headers of every answer, and CORS for the configured origins (none by default). */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
        return WebFilters.register(new SecurityHeadersFilter(), WebFilters.SECURITY_HEADERS_ORDER);
    }

    @Bean
    FilterRegistrationBean<CorsFilter> corsFilter(CorsProperties properties, Problems problems) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!properties.origins().isEmpty()) {
            CorsConfiguration cors = new CorsConfiguration();
            cors.setAllowedOriginPatterns(properties.origins());
            cors.setAllowedMethods(properties.allowedMethods());
            cors.setAllowedHeaders(properties.allowedHeaders());
            cors.setExposedHeaders(properties.exposedHeaders());
            cors.setAllowCredentials(false);
            cors.setMaxAge(properties.maxAge());
            for (String pattern : ApiPaths.JSON_API_PATTERNS) {
                source.registerCorsConfiguration(pattern, cors);
            }
        }
        CorsFilter filter = new CorsFilter(source);
        filter.setCorsProcessor(new ProblemCorsProcessor(problems));
        return WebFilters.register(filter, WebFilters.CORS_ORDER);
    }
}
