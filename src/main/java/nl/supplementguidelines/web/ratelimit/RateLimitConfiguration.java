package nl.supplementguidelines.web.ratelimit;

import nl.supplementguidelines.web.WebFilters;
import nl.supplementguidelines.web.problem.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/** Registers the per-client rate limit; a request's price beyond its first token is charged by {@link RequestCostAdvice}. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimitProperties properties, Problems problems, ClientBuckets buckets) {
        return WebFilters.register(new RateLimitFilter(properties, problems, buckets), WebFilters.RATE_LIMIT_ORDER);
    }

    /** After the migrations, which create the shared buckets' table. */
    @Bean
    @DependsOnDatabaseInitialization
    ClientBuckets clientBuckets(RateLimitProperties properties, ObjectProvider<DataSource> dataSource) {
        return properties.enabled() && properties.store() == RateLimitProperties.Store.POSTGRESQL
                ? new SharedBuckets(dataSource.getObject(), properties)
                : new MemoryBuckets(properties);
    }
}
