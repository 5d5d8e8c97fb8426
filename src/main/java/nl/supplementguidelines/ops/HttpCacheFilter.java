package nl.supplementguidelines.ops;

import nl.supplementguidelines.web.DatabaseFailures;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import nl.supplementguidelines.web.ProblemType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * HTTP caching for every GET (and HEAD) of the API, whatever the endpoint.
 * <ul>
 * <li>A successful JSON representation gets a strong {@code ETag} (a hash of its exact bytes, so equal on every
 * instance and across restarts), {@code Last-Modified} (when the content last changed) and
 * {@code Cache-Control: public, max-age=..}. {@code If-None-Match}, or else {@code If-Modified-Since}, gives a 304.</li>
 * <li>Errors get {@code Cache-Control: no-store} and no validators.</li>
 * <li>The serialised bytes are kept per content version (see {@link ContentVersion}), request URI, query and
 * {@code Accept}: a repeated request costs one small version query instead of loading and serialising the content
 * again, and a changed version never serves old bytes.</li>
 * </ul>
 */
class HttpCacheFilter extends OncePerRequestFilter {

    private static final int MAX_KEY_PART = 512;

    private final ContentVersion contentVersion;
    private final ProblemResponses problems;
    private final HttpCacheProperties properties;
    private final String cacheControl;
    private final Cache<String, Representation> representations;
    private final AtomicReference<String> currentToken = new AtomicReference<>();

    /** A serialised 200 response and what is needed to answer for it. */
    record Representation(byte[] body, String contentType, String contentLanguage, String etag, long lastModified,
                          String pathPattern) {
    }

    HttpCacheFilter(ContentVersion contentVersion, ProblemResponses problems, HttpCacheProperties properties) {
        this.contentVersion = contentVersion;
        this.problems = problems;
        this.properties = properties;
        this.cacheControl = "public, max-age=" + properties.maxAge().toSeconds();
        this.representations = Caffeine.newBuilder()
                .maximumWeight(properties.memory().toBytes())
                .<String, Representation>weigher((key, value) -> key.length() * 2 + value.body().length + 256)
                .build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return true;
        }
        String path = request.getRequestURI();
        return !(path.startsWith("/api/") || path.equals("/problems") || path.startsWith("/problems/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentVersion.Snapshot version;
        try {
            version = contentVersion.current();
        } catch (RuntimeException failure) {
            if (!DatabaseFailures.isUnavailable(failure)) {
                throw failure;
            }
            logger.warn("Database unavailable: " + failure.getMessage());
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseFailures.RETRY_AFTER_SECONDS));
            problems.write(request, response, ProblemType.SERVICE_UNAVAILABLE,
                    "The guideline database cannot be reached right now. Retry in a few seconds.");
            return;
        }
        if (!version.known()) {
            // Without a version no cached bytes can be trusted and none may be kept: every answer comes from the database.
            // Forget the old ones too: the row may come back with the very revision they were kept under.
            currentToken.set(null);
            representations.invalidateAll();
            chain.doFilter(request, response);
            return;
        }
        if (!version.token().equals(currentToken.getAndSet(version.token()))) {
            // New content: the old representations can never be served again.
            representations.invalidateAll();
        }
        String key = keyOf(request, version);
        Representation cached = key == null ? null : representations.getIfPresent(key);
        if (cached != null) {
            ServerHttpObservationFilter.findObservationContext(request)
                    .ifPresent(context -> context.setPathPattern(cached.pathPattern()));
            serve(cached, request, response);
            return;
        }

        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        // A HEAD is answered from the GET representation: its validators must be those of the GET body.
        HttpServletRequest asGet = "HEAD".equals(request.getMethod()) ? new GetRequest(request) : request;
        chain.doFilter(asGet, buffered);
        if (buffered.getStatus() == HttpServletResponse.SC_OK && isJson(buffered.getContentType()) && !request.isAsyncStarted()) {
            Representation fresh = represent(buffered, request, version.lastModified());
            if (key != null && properties.enabled()) {
                representations.put(key, fresh);
            }
            buffered.resetBuffer();
            serve(fresh, request, response);
            return;
        }
        if (buffered.getStatus() >= 400) {
            buffered.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        buffered.copyBodyToResponse();
    }

    private static String keyOf(HttpServletRequest request, ContentVersion.Snapshot version) {
        String query = request.getQueryString();
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if ((query != null && query.length() > MAX_KEY_PART) || (accept != null && accept.length() > MAX_KEY_PART)) {
            return null;
        }
        return version.token() + ' ' + request.getRequestURI() + '?' + (query == null ? "" : query) + ' ' + (accept == null ? "" : accept);
    }

    private static Representation represent(ContentCachingResponseWrapper buffered, HttpServletRequest request, Instant lastModified) {
        byte[] body = buffered.getContentAsByteArray();
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return new Representation(body, buffered.getContentType(), buffered.getHeader(HttpHeaders.CONTENT_LANGUAGE),
                strongEtag(body), lastModified.toEpochMilli(), pattern == null ? null : pattern.toString());
    }

    private void serve(Representation representation, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.ETAG, representation.etag());
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, representation.lastModified());
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        if (notModified(request, representation)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(representation.contentType());
        if (representation.contentLanguage() != null) {
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, representation.contentLanguage());
        }
        response.setContentLength(representation.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(representation.body());
        }
    }

    /** RFC 9110 section 13.2.2: If-None-Match decides when present (weak comparison); otherwise If-Modified-Since. */
    static boolean notModified(HttpServletRequest request, Representation representation) {
        Enumeration<String> noneMatch = request.getHeaders(HttpHeaders.IF_NONE_MATCH);
        if (noneMatch != null && noneMatch.hasMoreElements()) {
            for (String header : Collections.list(noneMatch)) {
                for (String tag : header.split(",")) {
                    String candidate = tag.strip();
                    if (candidate.equals("*") || opaque(candidate).equals(opaque(representation.etag()))) {
                        return true;
                    }
                }
            }
            return false;
        }
        try {
            long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
            return since >= 0 && representation.lastModified() <= since;
        } catch (IllegalArgumentException unparseableDate) {
            return false;
        }
    }

    private static String opaque(String etag) {
        return etag.startsWith("W/") ? etag.substring(2) : etag;
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(MediaType.APPLICATION_JSON);
        } catch (IllegalArgumentException unparseable) {
            return false;
        }
    }

    static String strongEtag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + '"';
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }

    private static final class GetRequest extends HttpServletRequestWrapper {
        GetRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }
    }
}
