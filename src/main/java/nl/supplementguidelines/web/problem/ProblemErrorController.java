package nl.supplementguidelines.web.problem;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * Errors that never reach a controller (rejected by the servlet container, or raised in a filter) are
 * forwarded to {@code /error}. This renders them in the same RFC 9457 contract as every other error,
 * instead of Boot's default JSON or Tomcat's HTML page; after a committed response's first bytes, nothing at all.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    @Nullable ResponseEntity<ProblemDetail> error(HttpServletRequest request, HttpServletResponse response) {
        if (response.isCommitted()) {
            // A streamed answer (the bulk export) failed after its first bytes: a problem glued onto them would look like
            // content. Nothing is written; Tomcat closes the connection, so the client sees a truncated body.
            return null;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null ? HttpStatus.valueOf(value) : HttpStatus.NOT_FOUND;
        if (code == null) {
            // /error requested directly: there is no such resource
            path = request.getRequestURI();
        }
        ProblemDetail problem = Problems.detail(ProblemType.forStatus(status.value()), status, ProblemType.defaultDetail(status.value()));
        if (path != null) {
            try {
                problem.setInstance(URI.create(path));
            } catch (IllegalArgumentException unparseable) {
                // leave instance out rather than echo a malformed path
            }
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

}
