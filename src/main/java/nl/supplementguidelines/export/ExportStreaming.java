package nl.supplementguidelines.export;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.supplementguidelines.guideline.GuidelineExport.ExportedVersion;
import nl.supplementguidelines.web.EntityTags;
import nl.supplementguidelines.web.caching.ContentRevision;
import nl.supplementguidelines.web.problem.ProblemException;
import nl.supplementguidelines.web.problem.ProblemType;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.zip.GZIPOutputStream;

/**
 * Streams one export straight to the response (no buffer of the whole, not through the HTTP cache filter): validators
 * first, a 304 when the client's copy is current, else the versions of one snapshot as they are read, gzipped on request.
 */
@Component
class ExportStreaming {

    private static final Logger log = LoggerFactory.getLogger(ExportStreaming.class);
    private static final int BUFFER = 32 * 1024;

    private final ExportSnapshot snapshot;
    private final ContentRevision revision;
    private final Semaphore running;
    private final int retryAfterSeconds;
    private final String cacheControl;

    ExportStreaming(ExportSnapshot snapshot, ContentRevision revision, ExportProperties properties,
            @Value("${api.cache.max-age:5m}") Duration maxAge) {
        this.snapshot = snapshot;
        this.revision = revision;
        this.running = new Semaphore(properties.maxConcurrent());
        this.retryAfterSeconds = properties.retryAfterSeconds();
        // The same Cache-Control as every other public read (web.caching.HttpCacheFilter).
        this.cacheControl = "public, max-age=" + maxAge.toSeconds();
    }

    void export(ExportRequest asked, ExportFormat format, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!running.tryAcquire()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfterSeconds));
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "The server is already running as many exports as it allows at "
                    + "once; retry after " + retryAfterSeconds + " seconds.");
        }
        try {
            // Read before the snapshot begins: content committed in between is newer than the tag says, so the next
            // request (with a newer token) gets a fresh copy; the other order could label old content with a new tag.
            String token = revision.token();
            long started = System.nanoTime();
            Streamed streamed = new Streamed(asked, format, token, request, response);
            long versions = snapshot.read(asked.scope(), streamed);
            streamed.finish();
            if (streamed.out != null) {
                log.info("Export {} versions={} gzip={}: {} versions in {} ms", format.contentType(), asked.scopeName(), asked.gzip(),
                        versions, (System.nanoTime() - started) / 1_000_000);
            }
        } finally {
            running.release();
        }
    }

    /** One answer: its headers once the snapshot's last change is known, then the versions. */
    private final class Streamed implements ExportSnapshot.Reader {

        private final ExportRequest asked;
        private final ExportFormat format;
        private final @Nullable String token;
        private final HttpServletRequest request;
        private final HttpServletResponse response;
        private @Nullable OutputStream out;
        private @Nullable GZIPOutputStream gzip;

        Streamed(ExportRequest asked, ExportFormat format, @Nullable String token, HttpServletRequest request, HttpServletResponse response) {
            this.asked = asked;
            this.format = format;
            this.token = token;
            this.request = request;
            this.response = response;
        }

        @Override
        public boolean begin(@Nullable Instant lastChange) throws IOException {
            response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            long lastModified = lastChange == null ? -1 : lastChange.toEpochMilli() / 1000 * 1000;
            if (token == null) {
                // Without a content version nothing can be validated: every request reads the database again.
                response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
            } else {
                response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
                String etag = EntityTags.strong((token + "|" + format.contentType() + "|" + asked.scopeName() + "|"
                        + (asked.gzip() ? "gzip" : "identity")).getBytes(StandardCharsets.UTF_8));
                response.setHeader(HttpHeaders.ETAG, etag);
                if (lastModified >= 0) {
                    response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified);
                }
                if (new ServletWebRequest(request, response).checkNotModified(etag, lastModified)) {
                    return false;
                }
            }
            response.setContentType(format.contentType());
            if (asked.gzip()) {
                response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            }
            if ("HEAD".equals(request.getMethod())) {
                return false;
            }
            OutputStream body = response.getOutputStream();
            if (asked.gzip()) {
                gzip = new GZIPOutputStream(body, BUFFER);
                body = gzip;
            }
            out = new BufferedOutputStream(body, BUFFER);
            format.start(out);
            return true;
        }

        @Override
        public void accept(ExportedVersion version) throws IOException {
            format.write(version, out);
        }

        void finish() throws IOException {
            if (out != null) {
                out.flush();
                if (gzip != null) {
                    gzip.finish();
                }
            }
        }
    }
}
