package nl.supplementguidelines.web.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Hands an editing request ({@link EditorEndpoints#isEditorRequest}) to Spring Security's filter chain; every other
 * request goes on untouched, so the public reads keep their speed and their answers exactly. Editing answers get
 * {@code Cache-Control: no-store}.
 */
final class EditorSecurityGate extends OncePerRequestFilter {

    private final Filter security;

    EditorSecurityGate(Filter security) {
        this.security = security;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !EditorEndpoints.isEditorRequest(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // An editor's answer is for that editor: no cache may keep it (a handler may still say otherwise).
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        security.doFilter(request, response, chain);
    }
}
