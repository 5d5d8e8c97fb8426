package nl.supplementguidelines.web.problem;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemsTest {

    private final Problems problems = new Problems(JsonMapper.builder().build());

    @Test
    void aBodyHasTheMembersInTheOrderOfEveryAnswer() {
        assertThat(Problems.body(ProblemType.NOT_FOUND, "Nothing here.", "/api/v1/x").keySet())
                .containsExactly("type", "title", "status", "detail", "instance");
        assertThat(Problems.body(ProblemType.NOT_FOUND, "Nothing here.", null)).doesNotContainKey("instance");
    }

    @Test
    void tomcatsErrorsAreWrittenAsTheValveAlwaysWroteThem() {
        byte[] body = problems.serialise(Problems.body(ProblemType.forStatus(400), 400, ProblemType.defaultDetail(400), null));

        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("{\"type\":\"/problems/request-error\",\"title\":\"Request error\","
                + "\"status\":400,\"detail\":\"The request could not be understood: check the URL's percent-encoding and the request syntax.\"}");
    }

    @Test
    void aFilterAnswerNamesThePathAndOneExtraMemberAndIsNeverStored() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/dose-checks");
        MockHttpServletResponse response = new MockHttpServletResponse();

        problems.write(request, response, ProblemType.CONTENT_TOO_LARGE, "Too large.", "maxBodySize", 65536L);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(response.getContentAsString()).isEqualTo("{\"type\":\"/problems/content-too-large\",\"title\":\""
                + ProblemType.CONTENT_TOO_LARGE.title() + "\",\"status\":413,\"detail\":\"Too large.\","
                + "\"instance\":\"/api/v1/dose-checks\",\"requestId\":null,\"maxBodySize\":65536}");
    }
}
