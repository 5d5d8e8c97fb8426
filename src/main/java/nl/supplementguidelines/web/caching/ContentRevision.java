package nl.supplementguidelines.web.caching;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

import java.time.Instant;

/**
 * The version of the served content, for views other modules keep in memory (such as the content that dose checks,
 * regimens and interaction checks compute from): a view built under one token is current while {@link #token()}
 * returns the same token. It is the version HTTP caching uses, so both are exactly as fresh.
 */
@NamedInterface("content-revision")
public interface ContentRevision {

    /** Identifies the content committed before this call; null when it cannot be told (nothing may be kept then). */
    @Nullable String token();

    /**
     * The content version and this build's identity as the transaction in progress sees them: read on its connection
     * (joining it, as its first statement when called first, so on PostgreSQL it is that snapshot's), or on a pooled
     * connection outside a transaction. For a representation that sets its own validators (the bulk export): a new
     * build may serialise the same content differently, so it is part of the tag. Null when the version is unknown,
     * as for a view that only knows tokens (the default).
     */
    default @Nullable Stamp stamp() {
        return null;
    }

    /**
     * @param tag          the content version and the build, for a strong ETag
     * @param lastModified when the content or the build last changed, to the second, never after now
     */
    record Stamp(String tag, Instant lastModified) {
    }
}
