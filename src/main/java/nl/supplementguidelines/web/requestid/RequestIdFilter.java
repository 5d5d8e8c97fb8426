package nl.supplementguidelines.web.requestid;


import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/** Accepts or generates the request id, echoes it and keeps it in the MDC while the request is handled. */
class RequestIdFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = (String) request.getAttribute(RequestIds.ATTRIBUTE);
        if (id == null) {
            String offered = request.getHeader(RequestIds.HEADER);
            id = RequestIds.isAcceptable(offered) ? offered : RequestIds.generate();
            request.setAttribute(RequestIds.ATTRIBUTE, id);
            response.setHeader(RequestIds.HEADER, id);
        }
        String previous = MDC.get(RequestIds.MDC_KEY);
        MDC.put(RequestIds.MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            if (previous == null) {
                MDC.remove(RequestIds.MDC_KEY);
            } else {
                MDC.put(RequestIds.MDC_KEY, previous);
            }
        }
    }

    /** Errors forwarded to /error by the container are part of the same request and log with the same id. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }
}
