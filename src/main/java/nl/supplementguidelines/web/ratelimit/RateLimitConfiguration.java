package nl.supplementguidelines.web.ratelimit;

import nl.supplementguidelines.web.WebFilters;
import nl.supplementguidelines.web.problem.Problems;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the per-client rate limit; a request's price beyond its first token is charged by {@link RequestCostAdvice}. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimitProperties properties, Problems problems) {
        return WebFilters.register(new RateLimitFilter(properties, problems), WebFilters.RATE_LIMIT_ORDER);
    }
}
