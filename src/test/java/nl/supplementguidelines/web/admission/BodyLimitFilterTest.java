package nl.supplementguidelines.web.admission;

import nl.supplementguidelines.web.problem.Problems;

import jakarta.servlet.ServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BodyLimitFilterTest {

    private static final int LIMIT = 1024;

    private final BodyLimitFilter filter = new BodyLimitFilter(LIMIT, new Problems(JsonMapper.builder().build()));

    @Test
    void refusesADeclaredLengthOverTheLimitWithoutPassingTheRequestOn() throws Exception {
        MockHttpServletRequest request = post(new byte[LIMIT + 1]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(chain.getRequest()).as("not passed on").isNull();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"type\":\"/problems/content-too-large\"")
                .contains("at most 1024 bytes").contains("\"maxBodySize\":1024");
    }

    @Test
    void passesABodyOfExactlyTheLimitOnUntouched() throws Exception {
        MockHttpServletRequest request = post(new byte[LIMIT]);
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isSameAs(request);
    }

    @Test
    void countsABodyWithoutLengthAndFailsOneBytePastTheLimit() throws Exception {
        byte[] body = new byte[10 * LIMIT];
        ServletRequest passedOn = passOn(chunked(body));

        InputStream in = passedOn.getInputStream();
        assertThat(in.readNBytes(LIMIT)).hasSize(LIMIT);
        assertThatThrownBy(in::read).isInstanceOf(ContentTooLarge.class)
                .satisfies(e -> assertThat(((ContentTooLarge) e).limitBytes()).isEqualTo(LIMIT));
    }

    @Test
    void readsABodyWithoutLengthUnderTheLimitInFullThroughTheReaderToo() throws Exception {
        String json = "{\"guidelines\":[\"leaky-gut\"]}";
        ServletRequest passedOn = passOn(chunked(json.getBytes(StandardCharsets.UTF_8)));

        assertThat(passedOn.getReader().readLine()).isEqualTo(json);
    }

    @Test
    void neverReadsMoreThanOneBytePastTheLimitInOneGo() throws Exception {
        ServletRequest passedOn = passOn(chunked(new byte[10 * LIMIT]));
        InputStream in = passedOn.getInputStream();

        byte[] buffer = new byte[8 * LIMIT];
        assertThatThrownBy(() -> in.read(buffer, 0, buffer.length)).isInstanceOf(ContentTooLarge.class);
        assertThat(((MockHttpServletRequest) ((BodyLimitFilter.CountedRequest) passedOn).getRequest()).getInputStream().available())
                .as("bytes left unread").isEqualTo(10 * LIMIT - (LIMIT + 1));
    }

    private ServletRequest passOn(MockHttpServletRequest request) throws Exception {
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isInstanceOf(BodyLimitFilter.CountedRequest.class);
        return chain.getRequest();
    }

    private static MockHttpServletRequest post(byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/dose-checks");
        request.setContentType("application/json");
        request.setContent(body);
        return request;
    }

    /** A body sent chunked: no Content-Length. */
    private static MockHttpServletRequest chunked(byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/dose-checks") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        request.setContentType("application/json");
        request.setContent(body);
        return request;
    }
}
