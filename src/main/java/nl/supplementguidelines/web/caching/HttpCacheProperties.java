package nl.supplementguidelines.web.caching;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * HTTP caching of GET representations ({@code api.cache.*}).
 *
 * @param maxAge    how long clients and shared caches (CDN) may reuse a representation without asking again
 *                  ({@code Cache-Control: public, max-age}); after that they revalidate with {@code If-None-Match}
 * @param memory    bound on the serialised representations the server keeps per content version
 * @param enabled   whether the server keeps serialised representations; validators and Cache-Control are sent either way
 * @param versionCheckInterval with a database server that cannot announce changes (notifications off, not PostgreSQL,
 *                  or while the listener reconnects), how long one read of the content version may be reused: a change
 *                  made in the database while the API runs is then served within this interval. 0 (the default): every
 *                  request sees every committed change. Not used with the embedded H2, which is always exact at no cost
 * @param versionNotifications on PostgreSQL, whether the content version is kept in memory and renewed when the
 *                  database NOTIFYs a change (README "Several instances on one PostgreSQL") instead of read per request
 * @param versionMaxAge with notifications, how long a version read is served at most before it is read again: the
 *                  bound on staleness should a notification be lost, costing one read per interval
 */
@Validated
@ConfigurationProperties("api.cache")
record HttpCacheProperties(
        @NotNull @DefaultValue("5m") Duration maxAge,
        @NotNull @DefaultValue("32MB") DataSize memory,
        @DefaultValue("true") boolean enabled,
        @NotNull @DefaultValue("0s") Duration versionCheckInterval,
        @DefaultValue("true") boolean versionNotifications,
        @NotNull @DefaultValue("1s") Duration versionMaxAge) {

    HttpCacheProperties {
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("api.cache.max-age must not be negative");
        }
        if (versionCheckInterval.isNegative()) {
            throw new IllegalArgumentException("api.cache.version-check-interval must not be negative");
        }
        if (versionMaxAge.isNegative()) {
            throw new IllegalArgumentException("api.cache.version-max-age must not be negative");
        }
    }
}
