package nl.supplementguidelines.web.problem;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The /error page: a problem, except after a streamed answer's first bytes, where nothing may be glued onto them. */
class ProblemErrorControllerTest {

    private final ProblemErrorController controller = new ProblemErrorController();

    @Test
    void anErrorOfAnAnswerNotYetCommittedIsAProblem() {
        ResponseEntity<ProblemDetail> answer = controller.error(forwarded(), new MockHttpServletResponse());

        assertThat(answer).isNotNull();
        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getBody()).isNotNull();
    }

    @Test
    void anErrorAfterTheFirstStreamedBytesWritesNothing() {
        MockHttpServletResponse committed = new MockHttpServletResponse();
        committed.setCommitted(true);

        assertThat(controller.error(forwarded(), committed)).isNull();
        assertThat(committed.getContentAsByteArray()).isEmpty();
    }

    private static MockHttpServletRequest forwarded() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/export");
        return request;
    }
}
