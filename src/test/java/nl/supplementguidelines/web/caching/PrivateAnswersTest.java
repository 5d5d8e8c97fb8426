package nl.supplementguidelines.web.caching;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP cache keeps only public content: an answer its handler marked {@code no-store} or {@code private}, and any
 * answer on an editor's path (the audit trail, drafts), goes out as the handler wrote it and is asked for again next time.
 */
class PrivateAnswersTest {

    private final AtomicInteger handled = new AtomicInteger();

    private HttpCacheFilter filter() {
        ContentVersion version = new ContentVersion() {
            @Override
            public Snapshot current() {
                return new Snapshot("r1", Instant.parse("2026-11-28T00:00:00Z"), 1);
            }

            @Override
            public long reads() {
                return 0;
            }
        };
        return new HttpCacheFilter(version, null, new HttpCacheProperties(Duration.ofMinutes(5), DataSize.ofMegabytes(1), true, Duration.ZERO, true, Duration.ofSeconds(1)));
    }

    private MockHttpServletResponse get(HttpCacheFilter filter, String path, String cacheControl) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRequestURI(path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain handler = (req, res) -> {
            HttpServletResponse answer = (HttpServletResponse) res;
            answer.setStatus(200);
            answer.setContentType("application/json");
            if (cacheControl != null) {
                answer.setHeader("Cache-Control", cacheControl);
            }
            answer.getOutputStream().write(("{\"answer\":" + handled.incrementAndGet() + "}").getBytes(StandardCharsets.UTF_8));
        };
        filter.doFilter(request, response, handler);
        return response;
    }

    @Test
    void aPublicAnswerIsKeptAndServedAgain() throws Exception {
        HttpCacheFilter filter = filter();
        MockHttpServletResponse first = get(filter, "/api/v1/changes", null);
        MockHttpServletResponse second = get(filter, "/api/v1/changes", null);

        assertThat(first.getHeader("ETag")).isNotNull();
        assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(handled).hasValue(1);
    }

    @Test
    void anAnswerMarkedNoStoreOrPrivateIsNeitherKeptNorGivenPublicHeaders() throws Exception {
        HttpCacheFilter filter = filter();
        for (String cacheControl : new String[] {"no-store", "private, max-age=0"}) {
            MockHttpServletResponse first = get(filter, "/api/v1/something-private", cacheControl);
            MockHttpServletResponse second = get(filter, "/api/v1/something-private", cacheControl);

            assertThat(first.getHeader("Cache-Control")).isEqualTo(cacheControl);
            assertThat(first.getHeader("ETag")).isNull();
            assertThat(second.getContentAsString()).isNotEqualTo(first.getContentAsString());
        }
    }

    @Test
    void theEditorsPathsAreNeverKept() throws Exception {
        HttpCacheFilter filter = filter();
        for (String path : new String[] {"/api/v1/audit", "/api/v1/guidelines/leaky-gut/draft"}) {
            MockHttpServletResponse first = get(filter, path, null);
            MockHttpServletResponse second = get(filter, path, null);

            assertThat(first.getHeader("ETag")).as(path).isNull();
            assertThat(second.getContentAsString()).as(path).isNotEqualTo(first.getContentAsString());
        }
    }
}
