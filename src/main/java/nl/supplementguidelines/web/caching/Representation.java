package nl.supplementguidelines.web.caching;

import nl.supplementguidelines.web.EntityTags;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import nl.supplementguidelines.web.Immutable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A serialised 200 response and what is needed to answer for it again.
 *
 * @param cacheControl the handler's own public Cache-Control ({@link Immutable#CACHE_CONTROL} from an {@link Immutable}
 *                     handler, {@code no-cache} for the change feed); null for the configured max-age
 * @param vary      the request headers the answer depends on, as its handler said (a cached answer must say so too)
 */
record Representation(byte[] body, @Nullable String contentType, @Nullable String contentLanguage, String etag,
                      long lastModified, @Nullable String pathPattern, @Nullable String cacheControl, @Nullable String vary) {

    /**
     * What the controller just wrote into {@code buffered}, with a strong ETag of its exact bytes. An {@link Immutable}
     * handler's Last-Modified is kept, every other answer changed last with the content. A handler's own Cache-Control is kept,
     * but "immutable" only from an {@link Immutable} handler.
     */
    static Representation of(ContentCachingResponseWrapper buffered, HttpServletRequest request, Instant contentModified) {
        byte[] body = buffered.getContentAsByteArray();
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        boolean mayBeImmutable = request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
                && handler.hasMethodAnnotation(Immutable.class);
        String own = buffered.getHeader(HttpHeaders.CACHE_CONTROL);
        String cacheControl = own == null || (own.contains("immutable") && !mayBeImmutable) ? null : own;
        String ownLastModified = mayBeImmutable ? buffered.getHeader(HttpHeaders.LAST_MODIFIED) : null;
        Instant lastModified = ownLastModified == null ? contentModified
                : ZonedDateTime.parse(ownLastModified, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return new Representation(body, buffered.getContentType(), buffered.getHeader(HttpHeaders.CONTENT_LANGUAGE),
                EntityTags.strong(body), lastModified.toEpochMilli(), pattern == null ? null : pattern.toString(), cacheControl,
                buffered.getHeaders(HttpHeaders.VARY).isEmpty() ? null : String.join(", ", buffered.getHeaders(HttpHeaders.VARY)));
    }
}
