package nl.supplementguidelines.export;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.supplementguidelines.guideline.GuidelineExport.ExportedVersion;
import nl.supplementguidelines.web.EntityTags;
import nl.supplementguidelines.web.caching.ContentRevision.Stamp;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/** One export answer: its headers once the snapshot's content version is known, then the versions, by a deadline. */
final class ExportAnswer implements ExportSnapshot.Reader {

    private static final int BUFFER = 32 * 1024;

    private final ExportRequest asked;
    private final ExportFormat format;
    private final String cacheControl;
    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final long deadline;
    private long written;
    private @Nullable OutputStream out;
    private @Nullable OwnGzip gzip;

    ExportAnswer(ExportRequest asked, ExportFormat format, String cacheControl, HttpServletRequest request,
            HttpServletResponse response, Duration maxDuration) {
        this.asked = asked;
        this.format = format;
        this.cacheControl = cacheControl;
        this.request = request;
        this.response = response;
        this.deadline = System.nanoTime() + maxDuration.toNanos();
    }

    /** The export took longer than {@code api.export.max-duration}. */
    static final class CutOff extends IOException {
        private final long written;

        CutOff(long written) {
            super("api.export.max-duration exceeded");
            this.written = written;
        }

        long written() {
            return written;
        }
    }

    /** A HEAD or a 304 from the headers alone; false when the versions must be streamed. */
    boolean answerFrom(@Nullable Stamp stamp) {
        if (validators(stamp)) {
            return true;
        }
        if ("HEAD".equals(request.getMethod())) {
            contentHeaders();
            return true;
        }
        return false;
    }

    @Override
    public boolean begin(@Nullable Stamp stamp) throws IOException {
        if (validators(stamp)) {
            return false;
        }
        contentHeaders();
        OutputStream body = response.getOutputStream();
        if (asked.gzip()) {
            gzip = new OwnGzip(body);
            body = gzip;
        }
        out = new BufferedOutputStream(body, BUFFER);
        format.start(out);
        return true;
    }

    @Override
    public void accept(ExportedVersion version) throws IOException {
        if (System.nanoTime() - deadline > 0) {
            throw new CutOff(written);
        }
        format.write(version, out);
        written++;
    }

    boolean streaming() {
        return out != null;
    }

    void finish() throws IOException {
        if (out != null) {
            out.flush();
            if (gzip != null) {
                gzip.finish();
            }
        }
    }

    /** Frees the compressor's native memory now, not when a cleaner gets to it (the servlet stream is never closed here). */
    void end() {
        if (gzip != null) {
            gzip.end();
        }
    }

    /** Vary, Cache-Control and the validators; true when the client's copy is current (a 304). */
    private boolean validators(@Nullable Stamp stamp) {
        addVary(response, HttpHeaders.ACCEPT_ENCODING);
        if (stamp == null) {
            // Without a content version nothing can be validated: every request reads the database again.
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
            return false;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        String etag = EntityTags.strong((stamp.tag() + "|" + format.contentType() + "|" + asked.scopeName() + "|"
                + (asked.gzip() ? "gzip" : "identity")).getBytes(StandardCharsets.UTF_8));
        long lastModified = stamp.lastModified().toEpochMilli() / 1000 * 1000;
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified);
        return new ServletWebRequest(request, response).checkNotModified(etag, lastModified);
    }

    private void contentHeaders() {
        response.setContentType(format.contentType());
        if (asked.gzip()) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
    }

    /** Adds a token to Vary unless it is there: the filters before (CORS: Origin) may have set Vary already. */
    static void addVary(HttpServletResponse response, String token) {
        for (String value : response.getHeaders(HttpHeaders.VARY)) {
            for (String present : value.split(",")) {
                if (present.strip().toLowerCase(Locale.ROOT).equals(token.toLowerCase(Locale.ROOT))) {
                    return;
                }
            }
        }
        response.addHeader(HttpHeaders.VARY, token);
    }

    /** A gzip stream whose compressor is ended explicitly. */
    private static final class OwnGzip extends GZIPOutputStream {
        OwnGzip(OutputStream out) throws IOException {
            super(out, BUFFER);
        }

        void end() {
            def.end();
        }
    }
}
