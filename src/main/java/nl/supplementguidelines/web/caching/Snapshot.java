package nl.supplementguidelines.web.caching;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One read of the content version.
 *
 * @param token        identifies the content version; part of the cache key. {@code null}: the version is unknown
 *                     (the revision row is missing), so nothing may be cached
 * @param lastModified when the representations last changed, to the second (HTTP dates have no fractions); null when
 *                     the version is unknown
 * @param revision     the revision read from {@code content_revision}
 */
record Snapshot(@Nullable String token, @Nullable Instant lastModified, long revision) {

    static final Snapshot UNKNOWN = new Snapshot(null, null, -1);

    boolean known() {
        return token != null;
    }
}
