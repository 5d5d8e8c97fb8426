package nl.supplementguidelines.web.admission;

import nl.supplementguidelines.web.WebFilters;
import nl.supplementguidelines.web.problem.Problems;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the filters that refuse a request before any work is done for it: an oversized body, an impossible Accept. */
@Configuration(proxyBeanMethods = false)
class AdmissionConfiguration {

    @Bean
    FilterRegistrationBean<AcceptHeaderFilter> acceptHeaderFilter(Problems problems) {
        return WebFilters.register(new AcceptHeaderFilter(problems), WebFilters.ACCEPT_ORDER);
    }

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(AdmissionProperties properties, Problems problems) {
        return WebFilters.register(new BodyLimitFilter(properties.maxBodyBytes(), problems), WebFilters.BODY_LIMIT_ORDER);
    }
}
