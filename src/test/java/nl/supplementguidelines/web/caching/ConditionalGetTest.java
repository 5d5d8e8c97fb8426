package nl.supplementguidelines.web.caching;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ConditionalGetTest {

    private static final long LAST_MODIFIED = 1_700_000_000_000L;
    private static final Representation REPRESENTATION = new Representation(new byte[0], "application/json", null,
            "\"abc\"", LAST_MODIFIED, null, null, null);

    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void anUnconditionalGetIsAnsweredInFullWithTheValidatorsTheCallerSet() {
        response.setStatus(200);
        response.setHeader("ETag", "\"abc\"");
        response.setDateHeader("Last-Modified", LAST_MODIFIED);

        assertThat(ConditionalGet.notModified(get(), response, REPRESENTATION)).isFalse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeaders("ETag")).containsExactly("\"abc\"");
        assertThat(response.getDateHeader("Last-Modified")).isEqualTo(LAST_MODIFIED);
    }

    @Test
    void aMatchingEntityTagIsNotModifiedEvenWeakly() {
        MockHttpServletRequest request = get();
        request.addHeader("If-None-Match", "\"other\", W/\"abc\"");

        assertThat(ConditionalGet.notModified(request, response, REPRESENTATION)).isTrue();
        assertThat(response.getStatus()).isEqualTo(304);
    }

    @Test
    void anUnquotedTagIsNoEntityTag() {
        MockHttpServletRequest request = get();
        request.addHeader("If-None-Match", "abc");

        assertThat(ConditionalGet.notModified(request, response, REPRESENTATION)).isFalse();
    }

    @Test
    void ifNoneMatchDecidesOverIfModifiedSince() {
        MockHttpServletRequest request = get();
        request.addHeader("If-None-Match", "\"other\"");
        request.addHeader("If-Modified-Since", LAST_MODIFIED + 60_000);

        assertThat(ConditionalGet.notModified(request, response, REPRESENTATION)).isFalse();
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void withoutAnEntityTagTheDateDecides() {
        MockHttpServletRequest current = get();
        current.addHeader("If-Modified-Since", LAST_MODIFIED);
        MockHttpServletRequest stale = get();
        stale.addHeader("If-Modified-Since", LAST_MODIFIED - 1000);

        assertThat(ConditionalGet.notModified(current, response, REPRESENTATION)).isTrue();
        assertThat(ConditionalGet.notModified(stale, new MockHttpServletResponse(), REPRESENTATION)).isFalse();
    }

    @Test
    void aHeadIsAnsweredLikeItsGet() {
        MockHttpServletRequest request = new MockHttpServletRequest("HEAD", "/api/v1/guidelines");
        request.addHeader("If-None-Match", "\"abc\"");

        assertThat(ConditionalGet.notModified(request, response, REPRESENTATION)).isTrue();
        assertThat(response.getStatus()).isEqualTo(304);
    }

    @Test
    void aWildcardMatchesAnyRepresentation() {
        MockHttpServletRequest request = get();
        request.addHeader("If-None-Match", "*");

        assertThat(ConditionalGet.notModified(request, response, REPRESENTATION)).isTrue();
    }

    @Test
    void preconditionsOfStateChangingRequestsAreIgnoredAsTheyAlwaysWere() {
        MockHttpServletRequest request = get();
        request.addHeader("If-Match", "\"other\"");
        request.addHeader("If-Unmodified-Since", LAST_MODIFIED - 60_000);

        assertThat(ConditionalGet.notModified(request, response, REPRESENTATION)).isFalse();
        assertThat(response.getStatus()).isEqualTo(200);
    }

    private static MockHttpServletRequest get() {
        return new MockHttpServletRequest("GET", "/api/v1/guidelines");
    }
}
