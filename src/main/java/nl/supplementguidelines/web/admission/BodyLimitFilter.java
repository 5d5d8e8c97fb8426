package nl.supplementguidelines.web.admission;

import nl.supplementguidelines.web.problem.Problems;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import nl.supplementguidelines.web.problem.ProblemType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Bounds every request body on the API port before anything parses it. A declared Content-Length over the limit is
 * refused at once with a 413 problem, unread; a body without one (chunked) is counted as it is read and fails with
 * {@link ContentTooLarge} at the limit, which the exception handler answers as the same 413.
 */
class BodyLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final Problems problems;

    BodyLimitFilter(long maxBytes, Problems problems) {
        this.maxBytes = maxBytes;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            // Unread: Tomcat then skips what is left of the body (up to server.tomcat.max-swallow-size) or closes the connection.
            problems.write(request, response, ProblemType.CONTENT_TOO_LARGE, ContentTooLarge.detail(maxBytes),
                    "maxBodySize", maxBytes);
            return;
        }
        // A GET or HEAD has no body this API reads; only other requests without a length (chunked) need counting.
        boolean counted = declared < 0 && !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        chain.doFilter(counted ? new CountedRequest(request, maxBytes) : request, response);
    }

    /** A request whose body stream fails once more than the limit has been read from it. */
    static final class CountedRequest extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream counted;

        CountedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new CountedStream(super.getInputStream(), maxBytes);
            }
            return counted;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class CountedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long maxBytes;
        private long read;

        CountedStream(ServletInputStream in, long maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            // Never ask for more than one byte past the limit, so an oversized body is not read further than that.
            int n = in.read(buffer, offset, (int) Math.min(length, maxBytes - read + 1));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws ContentTooLarge {
            read += n;
            if (read > maxBytes) {
                throw new ContentTooLarge(maxBytes);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
