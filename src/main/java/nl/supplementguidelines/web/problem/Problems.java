package nl.supplementguidelines.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.supplementguidelines.web.requestid.RequestIds;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one writer of RFC 9457 problems. Inside Spring MVC a problem is a {@link ProblemDetail} ({@link #detail}) that
 * Spring serialises; outside it (the filters, Tomcat's valve, the OpenAPI examples, which springdoc writes with its own
 * Jackson 2) it is the same members as a map ({@link #body}), in the same order: type, title, status, detail, instance,
 * then the extra members.
 */
@Component
public final class Problems {

    private final ObjectMapper objectMapper;
    private final List<ErrorFormat> formats;

    public Problems(ObjectMapper objectMapper) {
        this(objectMapper, List.of());
    }

    @org.springframework.beans.factory.annotation.Autowired
    public Problems(ObjectMapper objectMapper, List<ErrorFormat> formats) {
        this.objectMapper = objectMapper;
        this.formats = List.copyOf(formats);
    }

    /** The format that says errors of this path instead of problem+json, if a feature has one for it. */
    public java.util.Optional<ErrorFormat> formatFor(String requestUri) {
        return formats.stream().filter(format -> format.covers(requestUri)).findFirst();
    }

    /** The problem of this type for Spring MVC to write; the caller adds instance and extra members. */
    public static ProblemDetail detail(ProblemType type, String detail) {
        return detail(type, type.status(), detail);
    }

    /** As {@link #detail(ProblemType, String)}, for an error whose status only maps onto the type (see {@link ProblemType#forStatus}). */
    public static ProblemDetail detail(ProblemType type, HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        return problem;
    }

    /** The members of a problem of this type; {@code instance} is left out when null. Mutable, for the extra members. */
    public static Map<String, @Nullable Object> body(ProblemType type, String detail, @Nullable String instance) {
        return body(type, type.status().value(), detail, instance);
    }

    public static Map<String, @Nullable Object> body(ProblemType type, int status, String detail, @Nullable String instance) {
        Map<String, @Nullable Object> problem = new LinkedHashMap<>();
        problem.put("type", type.uri().toString());
        problem.put("title", type.title());
        problem.put("status", status);
        problem.put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        return problem;
    }

    /** The bytes of a problem body, as every answer of the API writes them. */
    public byte[] serialise(Map<String, @Nullable Object> body) {
        return objectMapper.writeValueAsBytes(body);
    }

    /** Answers the request with this problem, outside Spring MVC: the instance and request id as the exception handler gives them. */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail) throws IOException {
        write(request, response, type, detail, null, null);
    }

    /** A problem with one more member ({@code name}: {@code value}) when name is not null. */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail,
            @Nullable String name, @Nullable Object value) throws IOException {
        java.util.Optional<ErrorFormat> format = formatFor(request.getRequestURI());
        if (format.isPresent()) {
            writeBody(request, response, type.status().value(), format.get().mediaType().toString(),
                    objectMapper.writeValueAsBytes(format.get().body(type.status().value(), detail)));
            return;
        }
        Map<String, @Nullable Object> problem = body(type, detail, request.getRequestURI());
        problem.put("requestId", RequestIds.current(request));
        if (name != null) {
            problem.put(name, value);
        }
        writeBody(request, response, type.status().value(), MediaType.APPLICATION_PROBLEM_JSON_VALUE, serialise(problem));
    }

    private static void writeBody(HttpServletRequest request, HttpServletResponse response, int status, String contentType, byte[] body)
            throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }
}
