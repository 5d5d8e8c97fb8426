package nl.supplementguidelines.web.caching;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;
import nl.supplementguidelines.web.WebFilters;
import nl.supplementguidelines.web.problem.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Instant;

/** HTTP caching: the content version of the database in use, its metric, and the filter (last of all filters). */
@Configuration(proxyBeanMethods = false)
class HttpCacheConfiguration {

    private static final Instant PROCESS_START = Instant.now();

    /** After the migrations: an embedded H2's triggers, which tell which implementation fits, exist only then. */
    @Bean
    @DependsOnDatabaseInitialization
    ContentVersion contentVersion(DataSource dataSource, HttpCacheProperties properties, LocalCommits localCommits,
            ObjectProvider<BuildProperties> build) {
        return ContentVersions.choose(dataSource, properties, localCommits, builtAt(build.getIfAvailable()));
    }

    /** Registered with the transaction manager by Spring Boot: this instance serves its own writes at once. */
    @Bean
    static LocalCommits localCommits() {
        return new LocalCommits();
    }

    /** The content version as other modules may see it: its token, or a stamp with the build read in a transaction. */
    @Bean
    ContentRevision contentRevision(ContentVersion contentVersion, DataSource dataSource, ObjectProvider<BuildProperties> build) {
        BuildProperties info = build.getIfAvailable();
        Instant builtAt = builtAt(info);
        String identity = (info != null && info.getVersion() != null ? info.getVersion() : "unversioned") + "@" + builtAt.toEpochMilli();
        return new RevisionStamps(contentVersion, dataSource, new RevisionRow(dataSource, builtAt), identity);
    }

    // Without build information (a run from an IDE) the start of this process stands in for the build time.
    private static Instant builtAt(@Nullable BuildProperties info) {
        return info != null && info.getTime() != null ? info.getTime() : PROCESS_START;
    }

    /** So an operator can see what freshness costs: no reads while nothing changes on H2, one per request on PostgreSQL. */
    @Bean
    MeterBinder contentVersionMetrics(ContentVersion contentVersion) {
        return registry -> FunctionCounter.builder("api.content.version.reads", contentVersion, ContentVersion::reads)
                .description("Reads of the content version from the database")
                .register(registry);
    }

    @Bean
    FilterRegistrationBean<HttpCacheFilter> httpCacheFilter(ContentVersion contentVersion, Problems problems,
            HttpCacheProperties properties) {
        return WebFilters.register(new HttpCacheFilter(contentVersion, new OutageAnswer(problems), properties),
                WebFilters.HTTP_CACHE_ORDER);
    }
}
