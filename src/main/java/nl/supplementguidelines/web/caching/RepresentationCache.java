package nl.supplementguidelines.web.caching;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import nl.supplementguidelines.web.AcceptLanguage;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.util.unit.DataSize;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The serialised bytes, kept per content version, request URI, query, {@code Accept} and the language that
 * {@code Accept-Language} negotiates ({@link AcceptLanguage}, as the features negotiate it: one of a few, so any
 * spelling of the header collapses onto one and the key space stays bounded): a repeated request costs
 * one small version query instead of loading and serialising the content again. Only the current version's bytes are
 * kept; a changed version never serves old ones.
 */
final class RepresentationCache {

    private static final int MAX_KEY_PART = 512;

    private final Cache<String, Representation> representations;
    private final AtomicReference<@Nullable String> currentToken = new AtomicReference<>();

    RepresentationCache(DataSize memory) {
        this.representations = Caffeine.newBuilder()
                .maximumWeight(memory.toBytes())
                .<String, Representation>weigher((key, value) -> key.length() * 2 + value.body().length + 256)
                .build();
    }

    /** Serving under this version from now on: the representations of any other version can never be served again. */
    void use(String token) {
        if (!token.equals(currentToken.getAndSet(token))) {
            representations.invalidateAll();
        }
    }

    /** The version is unknown: forget everything, as the row may come back with the very revision the bytes were kept under. */
    void forgetAll() {
        currentToken.set(null);
        representations.invalidateAll();
    }

    /** The key of this request under this version; null for a request too large to be worth a key (never cached). */
    static @Nullable String keyOf(HttpServletRequest request, String token) {
        String query = request.getQueryString();
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        String acceptLanguage = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        // Prefer: FHIR's "handling=strict" turns an ignored parameter into a 400, so the answer depends on it.
        String prefer = request.getHeader("Prefer");
        if ((query != null && query.length() > MAX_KEY_PART) || (accept != null && accept.length() > MAX_KEY_PART)
                || (acceptLanguage != null && acceptLanguage.length() > MAX_KEY_PART)
                || (prefer != null && prefer.length() > MAX_KEY_PART)) {
            return null;
        }
        return token + ' ' + request.getRequestURI() + '?' + Objects.toString(query, "") + ' ' + Objects.toString(accept, "")
                + ' ' + AcceptLanguage.negotiate(acceptLanguage) + ' ' + Objects.toString(prefer, "");
    }

    @Nullable Representation get(@Nullable String key) {
        return key == null ? null : representations.getIfPresent(key);
    }

    void put(String key, Representation representation) {
        representations.put(key, representation);
    }

    /** The weight kept, after any pending eviction: never more than the configured bytes. */
    long weightedBytes() {
        representations.cleanUp();
        return representations.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }
}
