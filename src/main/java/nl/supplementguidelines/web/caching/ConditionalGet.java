package nl.supplementguidelines.web.caching;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;

import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The conditional GET (RFC 9110 section 13.2.2) by Spring's own rules ({@link ServletWebRequest#checkNotModified}):
 * If-None-Match decides when present (weak comparison, {@code *} too); otherwise If-Modified-Since. Spring would also
 * evaluate If-Match and If-Unmodified-Since (a 412); the API has never answered those on a GET, so they are hidden.
 * Spring does not count {@code If-None-Match: *} as a match on a GET; RFC 9110 (13.1.2) and the API always did, so a
 * wildcard is shown to Spring as the representation's own tag.
 */
final class ConditionalGet {

    private ConditionalGet() {
    }

    /** Whether the client's copy is current; if so the response is now a 304 (validators already set by the caller). */
    static boolean notModified(HttpServletRequest request, HttpServletResponse response, Representation representation) {
        // Most requests are not conditional: without either header Spring finds nothing to compare, and it would only
        // parse the Last-Modified header just written back (a SimpleDateFormat per request: 15 % of the allocation).
        if (request.getHeader(HttpHeaders.IF_NONE_MATCH) == null && request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) == null) {
            return false;
        }
        return new ServletWebRequest(new WithoutPreconditions(request, representation.etag()), response)
                .checkNotModified(representation.etag(), representation.lastModified());
    }

    /** The request without the headers of a state-changing precondition, and with a wildcard as the current tag. */
    private static final class WithoutPreconditions extends HttpServletRequestWrapper {

        private final String etag;

        WithoutPreconditions(HttpServletRequest request, String etag) {
            super(request);
            this.etag = etag;
        }

        private static boolean hidden(String name) {
            return HttpHeaders.IF_MATCH.equalsIgnoreCase(name) || HttpHeaders.IF_UNMODIFIED_SINCE.equalsIgnoreCase(name);
        }

        @Override
        public @Nullable String getHeader(String name) {
            return hidden(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (hidden(name)) {
                return Collections.emptyEnumeration();
            }
            Enumeration<String> values = super.getHeaders(name);
            if (!HttpHeaders.IF_NONE_MATCH.equalsIgnoreCase(name) || values == null) {
                return values;
            }
            List<String> tags = Collections.list(values);
            boolean wildcard = tags.stream().flatMap(header -> Arrays.stream(header.split(","))).anyMatch(tag -> tag.strip().equals("*"));
            return Collections.enumeration(wildcard ? List.of(etag) : tags);
        }

        @Override
        public long getDateHeader(String name) {
            return hidden(name) ? -1 : super.getDateHeader(name);
        }
    }
}
