package nl.supplementguidelines.web.requestid;

import nl.supplementguidelines.web.WebFilters;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the request id filter first of all, so every log line of a request has its id. */
@Configuration(proxyBeanMethods = false)
class RequestIdConfiguration {

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        return WebFilters.register(new RequestIdFilter(), WebFilters.REQUEST_ID_ORDER);
    }
}
