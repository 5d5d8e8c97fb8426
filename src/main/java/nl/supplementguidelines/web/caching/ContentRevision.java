package nl.supplementguidelines.web.caching;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * The version of the served content, for views other modules keep in memory (such as the content that dose checks,
 * regimens and interaction checks compute from): a view built under one token is current while {@link #token()}
 * returns the same token. It is the version HTTP caching uses, so both are exactly as fresh.
 */
@NamedInterface("content-revision")
public interface ContentRevision {

    /** Identifies the content committed before this call; null when it cannot be told (nothing may be kept then). */
    @Nullable String token();
}
