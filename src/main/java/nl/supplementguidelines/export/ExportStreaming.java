package nl.supplementguidelines.export;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.supplementguidelines.web.caching.ContentRevision;
import nl.supplementguidelines.web.problem.ProblemException;
import nl.supplementguidelines.web.problem.ProblemType;
import nl.supplementguidelines.web.requestid.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * Streams one export straight to the response (no buffer of the whole, not through the HTTP cache filter): validators
 * first, a 304 when the client's copy is current, else the versions of one snapshot as they are read, gzipped on request.
 * A HEAD and a conditional GET the client's copy satisfies are answered from one read of the content version, without
 * a slot or a snapshot; every other export takes a slot and ends by {@code api.export.max-duration}.
 */
@Component
class ExportStreaming {

    private static final Logger log = LoggerFactory.getLogger(ExportStreaming.class);

    private final ExportSnapshot snapshot;
    private final ContentRevision revision;
    private final Semaphore running;
    private final int retryAfterSeconds;
    private final Duration maxDuration;
    private final String cacheControl;

    ExportStreaming(ExportSnapshot snapshot, ContentRevision revision, ExportProperties properties,
            @Value("${api.cache.max-age:5m}") Duration maxAge) {
        this.snapshot = snapshot;
        this.revision = revision;
        this.running = new Semaphore(properties.maxConcurrent());
        this.retryAfterSeconds = properties.retryAfterSeconds();
        this.maxDuration = properties.maxDuration();
        // The same Cache-Control as every other public read (web.caching.HttpCacheFilter).
        this.cacheControl = "public, max-age=" + maxAge.toSeconds();
    }

    void export(ExportRequest asked, ExportFormat format, HttpServletRequest request, HttpServletResponse response) throws IOException {
        ExportAnswer answer = new ExportAnswer(asked, format, cacheControl, request, response, maxDuration);
        if (isHeadOrConditional(request) && answer.answerFrom(revision.stamp())) {
            return;
        }
        if (!running.tryAcquire()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfterSeconds));
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "The server is already running as many exports as it allows at "
                    + "once; retry after " + retryAfterSeconds + " seconds.");
        }
        Map<String, List<String>> before = headersOf(response);
        long started = System.nanoTime();
        try {
            long versions = snapshot.read(asked.scope(), answer);
            answer.finish();
            if (answer.streaming()) {
                log.info("Export {} versions={} gzip={}: {} versions in {} ms", format.contentType(), asked.scopeName(), asked.gzip(),
                        versions, (System.nanoTime() - started) / 1_000_000);
            }
        } catch (ExportAnswer.CutOff late) {
            log.warn("Export {} versions={} cut off after {} ms (api.export.max-duration {}) with {} versions written, request {}",
                    format.contentType(), asked.scopeName(), (System.nanoTime() - started) / 1_000_000, maxDuration,
                    late.written(), RequestIds.current(request));
            if (!resetIfUncommitted(before, response)) {
                throw late;
            }
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "The export took longer than this server allows ("
                    + maxDuration + ").");
        } catch (IOException | RuntimeException failure) {
            resetIfUncommitted(before, response);
            throw failure;
        } finally {
            answer.end();
            running.release();
        }
    }

    /**
     * Before the first bytes the error can still be a clean problem answer: the export's headers (gzip, validators,
     * public caching) are dropped, those of the filters before it (request id, CORS) put back. After them only the
     * failure itself can be rethrown, so that the connection is closed and the body never looks whole.
     *
     * @return whether the response could be reset
     */
    private static boolean resetIfUncommitted(Map<String, List<String>> before, HttpServletResponse response) {
        if (response.isCommitted()) {
            return false;
        }
        response.reset();
        before.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return true;
    }

    private static boolean isHeadOrConditional(HttpServletRequest request) {
        return "HEAD".equals(request.getMethod()) || request.getHeader(HttpHeaders.IF_NONE_MATCH) != null
                || request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) != null;
    }

    private static Map<String, List<String>> headersOf(HttpServletResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            headers.put(name, new ArrayList<>(response.getHeaders(name)));
        }
        return headers;
    }
}
