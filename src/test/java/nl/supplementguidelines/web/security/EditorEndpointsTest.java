package nl.supplementguidelines.web.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.util.ServletRequestPathUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Which scope a request needs, and that asking leaves the request as it was (the parsed path is not left behind). */
class EditorEndpointsTest {

    @Test
    void aPostOutsideTheEditingApiNeedsNoScopeAndKeepsNoParsedPath() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/dose-checks");

        assertThat(EditorEndpoints.scopeFor(request)).isNull();
        assertThat(ServletRequestPathUtils.hasParsedRequestPath(request)).isFalse();
    }

    @Test
    void eachEditingOperationIsMatchedToItsScope() {
        assertThat(EditorEndpoints.scopeFor(new MockHttpServletRequest("POST", "/api/v1/guidelines/leaky-gut/draft/publish")))
                .isEqualTo(EditorScope.PUBLISH);
        assertThat(EditorEndpoints.scopeFor(new MockHttpServletRequest("PUT", "/api/v1/guidelines/leaky-gut/draft")))
                .isEqualTo(EditorScope.EDIT);
        assertThat(EditorEndpoints.scopeFor(new MockHttpServletRequest("POST", "/api/v1/webhooks/7/enable")))
                .isEqualTo(EditorScope.WEBHOOKS);
        assertThat(EditorEndpoints.scopeFor(new MockHttpServletRequest("GET", "/api/v1/guidelines/leaky-gut"))).isNull();
    }

    @Test
    void aPathAlreadyParsedForTheRequestIsUsedAndKeptForSpringMvc() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/nutrients");
        ServletRequestPathUtils.parseAndCache(request);

        assertThat(EditorEndpoints.scopeFor(request)).isEqualTo(EditorScope.EDIT);
        assertThat(ServletRequestPathUtils.hasParsedRequestPath(request)).isTrue();
    }
}
