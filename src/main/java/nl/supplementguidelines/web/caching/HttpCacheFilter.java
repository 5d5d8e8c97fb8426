package nl.supplementguidelines.web.caching;

import nl.supplementguidelines.web.ApiPaths;
import nl.supplementguidelines.web.Immutable;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.time.Instant;
import java.util.Objects;

/**
 * HTTP caching for every GET (and HEAD) of the API, whatever the endpoint.
 * <ul>
 * <li>A successful JSON representation gets a strong {@code ETag} (a hash of its exact bytes, so equal on every
 * instance and across restarts), {@code Last-Modified} (when the content last changed) and
 * {@code Cache-Control: public, max-age=..} (or a year and {@code immutable} where an {@link Immutable} handler said so: a
 * published version; its own {@code Last-Modified} is kept too), or the handler's own public Cache-Control (the change
 * feed: {@code no-cache}). {@code If-None-Match}, or else {@code If-Modified-Since}, gives a 304
 * ({@link ConditionalGet}).</li>
 * <li>Errors get {@code Cache-Control: no-store} and no validators; an answer its handler marked {@code no-store} or
 * {@code private} is passed through untouched and never kept.</li>
 * <li>What only editors read ({@link ApiPaths#isEditorOnly}: drafts, the audit trail) is left alone, and so is the
 * bulk export ({@link ApiPaths#isExport}), which streams and sets its own validators.</li>
 * <li>The serialised bytes are kept per content version ({@link ContentVersion}, {@link RepresentationCache}).</li>
 * <li>A database that cannot be reached is a 503 ({@link OutageAnswer}).</li>
 * </ul>
 */
final class HttpCacheFilter extends OncePerRequestFilter {

    private final ContentVersion contentVersion;
    private final OutageAnswer outage;
    private final boolean keepBytes;
    // Not CacheControl.maxAge(..).cachePublic(): it writes "max-age=300, public", and the header has always been this.
    private final String cacheControl;
    private final RepresentationCache representations;

    HttpCacheFilter(ContentVersion contentVersion, OutageAnswer outage, HttpCacheProperties properties) {
        this.contentVersion = contentVersion;
        this.outage = outage;
        this.keepBytes = properties.enabled();
        this.cacheControl = "public, max-age=" + properties.maxAge().toSeconds();
        this.representations = new RepresentationCache(properties.memory());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return true;
        }
        // What editors read (a draft, the audit trail) is theirs alone: never kept, never public (the gate of
        // web/security answers it with Cache-Control: no-store).
        // The export streams far more than a representation may hold in memory: it sets its own validators instead.
        String path = request.getRequestURI();
        String mapped = ApiPaths.mappedPath(request);
        return !(ApiPaths.isJsonApi(path) || ApiPaths.isFhir(path)) || ApiPaths.isEditorOnly(mapped) || ApiPaths.isExport(mapped);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Snapshot version;
        try {
            version = contentVersion.current();
        } catch (RuntimeException failure) {
            outage.answer(failure, request, response);
            return;
        }
        String token = version.token();
        if (token == null) {
            // Without a version no cached bytes can be trusted and none may be kept: every answer comes from the database.
            representations.forgetAll();
            chain.doFilter(request, response);
            return;
        }
        representations.use(token);
        String key = RepresentationCache.keyOf(request, token);
        Representation cached = representations.get(key);
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
        if (buffered.getStatus() == HttpServletResponse.SC_OK && isJson(buffered.getContentType()) && !request.isAsyncStarted()
                && !isPrivate(buffered.getHeader(HttpHeaders.CACHE_CONTROL))) {
            Representation fresh = Representation.of(buffered, request, Objects.requireNonNull(version.lastModified()));
            if (key != null && keepBytes) {
                representations.put(key, fresh);
            }
            buffered.resetBuffer();
            serve(fresh, request, response);
            return;
        }
        if (buffered.getStatus() >= 400) {
            buffered.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        }
        buffered.copyBodyToResponse();
    }

    private void serve(Representation representation, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.ETAG, representation.etag());
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, representation.lastModified());
        response.setHeader(HttpHeaders.CACHE_CONTROL, representation.cacheControl() != null ? representation.cacheControl() : cacheControl);
        addVary(representation, response);
        response.setStatus(HttpServletResponse.SC_OK);
        if (ConditionalGet.notModified(request, response, representation)) {
            return;
        }
        response.setContentType(representation.contentType());
        if (representation.contentLanguage() != null) {
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, representation.contentLanguage());
        }
        response.setContentLength(representation.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(representation.body());
        }
    }

    /**
     * An answer its handler marked {@code no-store} or {@code private} (the audit trail, an editor's draft) is not
     * public content: it is neither kept nor given public validators, and goes out as the handler wrote it.
     */
    private static boolean isPrivate(@Nullable String cacheControl) {
        return cacheControl != null && (cacheControl.contains("no-store") || cacheControl.contains("private"));
    }

    /**
     * The request headers the answer depends on, as its handler declared them, added to those the filters before this one
     * declared (CORS: Origin), never replacing them; a fresh answer already has them all.
     */
    private static void addVary(Representation representation, HttpServletResponse response) {
        if (representation.vary() == null) {
            return;
        }
        java.util.Set<String> present = new java.util.HashSet<>();
        response.getHeaders(HttpHeaders.VARY).forEach(value -> java.util.Arrays.stream(value.split(","))
                .map(String::strip).map(token -> token.toLowerCase(java.util.Locale.ROOT)).forEach(present::add));
        for (String token : representation.vary().split(",")) {
            if (!token.isBlank() && !present.contains(token.strip().toLowerCase(java.util.Locale.ROOT))) {
                response.addHeader(HttpHeaders.VARY, token.strip());
            }
        }
    }

    private static boolean isJson(@Nullable String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            // application/fhir+json (the /fhir resources) is JSON as well.
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(MediaType.APPLICATION_JSON) || "json".equals(type.getSubtypeSuffix());
        } catch (IllegalArgumentException unparseable) {
            return false;
        }
    }

    /** A HEAD seen as the GET it is answered from. */
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
