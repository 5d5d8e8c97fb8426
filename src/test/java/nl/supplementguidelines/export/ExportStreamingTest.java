package nl.supplementguidelines.export;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import nl.supplementguidelines.guideline.GuidelineExport;
import nl.supplementguidelines.guideline.GuidelineExport.Scope;
import nl.supplementguidelines.support.ApiTest;
import nl.supplementguidelines.support.Eventually;
import nl.supplementguidelines.support.synthetic.SyntheticGuidelines;
import nl.supplementguidelines.support.synthetic.SyntheticGuidelines.Shape;
import nl.supplementguidelines.web.caching.ContentRevision;
import nl.supplementguidelines.web.problem.ProblemException;
import nl.supplementguidelines.web.requestid.RequestIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.ObjectMapper;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * {@link ExportStreaming} with settings of its own over the H2 context's database (no context of its own): the deadline
 * against a slow reader, a clean answer when the first batch fails, and a HEAD or 304 without a slot or a snapshot.
 */
@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class ExportStreamingTest {

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    GuidelineExport guidelines;

    @Autowired
    ContentRevision revision;

    @Autowired
    ObjectMapper mapper;

    @Autowired
    DataSource dataSource;

    @AfterEach
    void deleteSynthetic() {
        SyntheticGuidelines.deleteAll(dataSource);
    }

    @Test
    void aSlowReaderIsCutOffAtTheDeadlineAndItsSlotAndConnectionAreReleased(CapturedOutput output) throws Exception {
        SyntheticGuidelines.insert(dataSource, 1, 60, Shape.LIKE_LEAKY_GUT);
        ExportProperties properties = new ExportProperties(5, 1, 5, Duration.ofMillis(1500));
        ExportStreaming streaming = streaming(new ExportSnapshot(transactions, guidelines, revision, properties), properties);
        MockHttpServletRequest request = get();
        request.setAttribute(RequestIds.ATTRIBUTE, "slow-reader-1");
        SlowResponse slow = new SlowResponse(Duration.ofMillis(600));

        assertThatThrownBy(() -> streaming.export(ExportRequest.of(request), new NdjsonFormat(mapper), request, slow))
                .isInstanceOf(ExportAnswer.CutOff.class);

        assertThat(slow.isCommitted()).isTrue();
        assertThat(slow.getContentAsString().lines().count()).isGreaterThan(0).isLessThan(60);
        assertThat(output.getOut().split("cut off after", -1)).hasSize(2);
        assertThat(output.getOut()).contains("request slow-reader-1");
        // The one slot is free again: a reader that keeps up gets the whole export.
        MockHttpServletRequest again = get();
        MockHttpServletResponse fast = new MockHttpServletResponse();
        streaming.export(ExportRequest.of(again), new NdjsonFormat(mapper), again, fast);
        assertThat(fast.getContentAsString().lines().filter(line -> line.contains(SyntheticGuidelines.SLUG_PREFIX)).count()).isEqualTo(60);
        var pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        assertThat(Eventually.until(pool::getActiveConnections, active -> active == 0)).isZero();
    }

    @Test
    void aFailureBeforeTheFirstBytesLeavesNoneOfTheExportsHeadersOnTheErrorAnswer() {
        ExportProperties properties = new ExportProperties(100, 2, 5, Duration.ofMinutes(5));
        ExportSnapshot failing = new ExportSnapshot(transactions, guidelines, revision, properties) {
            @Override
            long read(Scope scope, Reader reader) throws IOException {
                reader.begin(revision.stamp());
                throw new QueryTimeoutException("the first batch");
            }
        };
        MockHttpServletRequest request = get();
        request.addHeader("Accept-Encoding", "gzip");
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setHeader(RequestIds.HEADER, "first-batch-fails");

        assertThatThrownBy(() -> streaming(failing, properties).export(ExportRequest.of(request), new RecommendationsCsv(), request, response))
                .isInstanceOf(QueryTimeoutException.class);

        assertThat(response.isCommitted()).isFalse();
        assertThat(response.getHeader("Content-Encoding")).isNull();
        assertThat(response.getHeader("ETag")).isNull();
        assertThat(response.getHeader("Last-Modified")).isNull();
        assertThat(response.getContentType()).isNull();
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(response.getHeader(RequestIds.HEADER)).isEqualTo("first-batch-fails");
    }

    @Test
    void aDeadlineBeforeTheFirstBytesIsAClean503() {
        ExportProperties properties = new ExportProperties(100, 2, 5, Duration.ofNanos(1));
        MockHttpServletRequest request = get();
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThatThrownBy(() -> streaming(new ExportSnapshot(transactions, guidelines, revision, properties), properties)
                .export(ExportRequest.of(request), new NdjsonFormat(mapper), request, response))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.getMessage()).contains("longer"));
        assertThat(response.getHeader("ETag")).isNull();
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void aHeadAndARevalidationAreAnsweredWithoutASnapshotOrASlot() throws Exception {
        ExportProperties properties = new ExportProperties(100, 1, 5, Duration.ofMinutes(5));
        ExportSnapshot never = new ExportSnapshot(transactions, guidelines, revision, properties) {
            @Override
            long read(Scope scope, Reader reader) {
                return fail("read a snapshot");
            }
        };
        ExportStreaming streaming = streaming(never, properties);
        MockHttpServletRequest head = get();
        head.setMethod("HEAD");
        MockHttpServletResponse headers = new MockHttpServletResponse();
        streaming.export(ExportRequest.of(head), new NdjsonFormat(mapper), head, headers);
        assertThat(headers.getStatus()).isEqualTo(200);
        assertThat(headers.getHeader("ETag")).startsWith("\"");
        assertThat(headers.getContentType()).startsWith(NdjsonFormat.MEDIA_TYPE);

        MockHttpServletRequest revalidation = get();
        revalidation.addHeader("If-None-Match", headers.getHeader("ETag"));
        MockHttpServletResponse notModified = new MockHttpServletResponse();
        streaming.export(ExportRequest.of(revalidation), new NdjsonFormat(mapper), revalidation, notModified);
        assertThat(notModified.getStatus()).isEqualTo(304);
        assertThat(notModified.getContentAsByteArray()).isEmpty();
    }

    private ExportStreaming streaming(ExportSnapshot snapshot, ExportProperties properties) {
        return new ExportStreaming(snapshot, revision, properties, Duration.ofMinutes(5));
    }

    private static MockHttpServletRequest get() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/export");
        request.setParameter("versions", "all");
        return request;
    }

    /** A client that takes {@code pause} for every write reaching it (TCP backpressure, as it were). */
    private static final class SlowResponse extends MockHttpServletResponse {
        private final Duration pause;
        private final ServletOutputStream slow;

        SlowResponse(Duration pause) {
            this.pause = pause;
            OutputStream body = super.getOutputStream();
            this.slow = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    try {
                        Thread.sleep(SlowResponse.this.pause.toMillis());
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        throw new IOException(interrupted);
                    }
                    body.write(bytes, offset, length);
                    setCommitted(true);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                }
            };
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return slow;
        }
    }
}
