package nl.supplementguidelines.ops;

import nl.supplementguidelines.web.RequestIds;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.supplementguidelines.web.ProblemType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes problem responses for the filters, which answer before Spring MVC (and its exception handler) is involved.
 * The shape is the one {@code ApiExceptionHandler} produces: type, title, status, detail, instance, requestId.
 */
class ProblemResponses {

    private final ObjectMapper objectMapper;

    ProblemResponses(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail) throws IOException {
        write(request, response, type, detail, null, null);
    }

    /** A problem with one more member ({@code name}: {@code value}) when name is not null. */
    void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail,
            String name, Object value) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type.uri().toString());
        problem.put("title", type.title());
        problem.put("status", type.status().value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        problem.put("requestId", RequestIds.current(request));
        if (name != null) {
            problem.put(name, value);
        }
        byte[] body = objectMapper.writeValueAsBytes(problem);
        response.setStatus(type.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }
}
