package nl.supplementguidelines.web.problem;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.http.MediaType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat answers some malformed requests (an undecodable path such as {@code /%ZZ}) itself, before any
 * servlet runs, with an HTML page. This valve writes those answers as RFC 9457 problem documents, so
 * that every error of the API has the same shape. It reveals nothing of the request or the server.
 * <p>
 * It writes with {@link Problems}, the writer of every other problem. The valve runs in Tomcat, outside any request
 * Spring handles, but never before the application context is refreshed (Tomcat starts its connectors after that)
 * and the writer needs nothing of the context once built, so the one writer serves here too.
 */
class ProblemErrorReportValve extends ErrorReportValve {

    private final Problems problems;

    ProblemErrorReportValve(Problems problems) {
        this.problems = problems;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        // No instance and no request id: Tomcat refused the request before it was read, so nothing of it is repeated.
        String body = new String(problems.serialise(Problems.body(ProblemType.forStatus(status), status,
                ProblemType.defaultDetail(status), null)), StandardCharsets.UTF_8);
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response is already on its way: nothing more can be said
        }
    }
}
