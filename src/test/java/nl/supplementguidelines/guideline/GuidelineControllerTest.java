package nl.supplementguidelines.guideline;

import nl.supplementguidelines.web.ResultPage;
import nl.supplementguidelines.guideline.GuidelineViews.GuidelineLinks;
import nl.supplementguidelines.guideline.GuidelineViews.GuidelineSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/** The web layer alone: parameter handling, links and the problem responses of every error kind. */
@WebMvcTest(GuidelineController.class)
class GuidelineControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    GuidelineService service;

    @Test
    void listsAPageWithLinksToItsNeighbours() {
        GuidelineSummary summary = new GuidelineSummary("leaky-gut", "Leaky gut", "nl", List.of("lekkende darm"), 1,
                Instant.parse("2026-11-28T00:00:00Z"), GuidelineLinks.forSlug("leaky-gut"),
                List.of(new SearchMatcher.SearchMatch("darm", "alternativeName", "darm")));
        given(service.search(any(), eq(1), eq(1))).willReturn(new ResultPage<>(1, 1, List.of(summary), 3));

        MvcTestResult result = mvc.get().uri("/api/v1/guidelines?q=darm&page=1&size=1").exchange();

        assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON).hasHeader("Content-Language", "nl");
        assertThat(result).bodyJson().extractingPath("$.items[0].slug").isEqualTo("leaky-gut");
        assertThat(result).bodyJson().extractingPath("$.items[0].match[0].field").isEqualTo("alternativeName");
        assertThat(result).bodyJson().extractingPath("$.page.totalElements").isEqualTo(3);
        assertThat(result).bodyJson().extractingPath("$.page.totalPages").isEqualTo(3);
        assertThat(result).bodyJson().extractingPath("$.links.prev").isEqualTo("/api/v1/guidelines?q=darm&page=0&size=1");
        assertThat(result).bodyJson().extractingPath("$.links.next").isEqualTo("/api/v1/guidelines?q=darm&page=2&size=1");
        assertThat(result).bodyJson().extractingPath("$.links.last").isEqualTo("/api/v1/guidelines?q=darm&page=2&size=1");
    }

    @Test
    void passesTheFiltersToTheService() {
        given(service.search(any(), anyInt(), anyInt())).willReturn(new ResultPage<>(0, 20, List.of(), 0));

        assertThat(mvc.get().uri("/api/v1/guidelines?q=lekkende&nutrient=zink&minEvidence=2")).hasStatusOk();

        verify(service).search(eq(new GuidelineFilter("lekkende", "zink", nl.supplementguidelines.evidence.EvidenceLevel.of(2))), eq(0), eq(20));
    }

    @Test
    void returnsNotFoundForUnknownSlug() {
        given(service.get(eq("unknown"), any())).willThrow(GuidelineNotFound.forSlug("unknown"));

        MvcTestResult result = mvc.get().uri("/api/v1/guidelines/unknown").exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("/problems/not-found");
        assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Resource not found");
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(404);
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("There is no guideline with slug 'unknown'.");
        assertThat(result).bodyJson().extractingPath("$.instance").isEqualTo("/api/v1/guidelines/unknown");
        assertThat(result).doesNotContainHeader("Content-Language");
    }

    @Test
    void returnsBadRequestNamingANegativePage() {
        assertInvalidParameter("/api/v1/guidelines?page=-1", "page", "'page' must be greater than or equal to 0.");
    }

    @Test
    void returnsBadRequestNamingAnOversizedPage() {
        assertInvalidParameter("/api/v1/guidelines?size=100000", "size", "'size' must be less than or equal to 100.");
    }

    @Test
    void returnsBadRequestNamingANonNumericEvidenceLevel() {
        assertInvalidParameter("/api/v1/guidelines?minEvidence=x", "minEvidence", "Parameter 'minEvidence' must be a whole number, but was 'x'.");
    }

    @Test
    void returnsBadRequestForAnEvidenceLevelBelowOne() {
        assertInvalidParameter("/api/v1/guidelines?minEvidence=0", "minEvidence", "'minEvidence' must be greater than or equal to 1.");
    }

    @Test
    void returnsBadRequestForABlankOrOverlongQuery() {
        assertInvalidParameter(mvc.get().uri("/api/v1/guidelines").param("q", "  ").exchange(), "q", "'q' must not be blank.");
        assertInvalidParameter("/api/v1/guidelines?q=" + "a".repeat(101), "q", "'q' size must be between 1 and 100.");
    }

    @Test
    void returnsNotAcceptableForAnUnsupportedAcceptHeader() {
        MvcTestResult result = mvc.get().uri("/api/v1/guidelines/leaky-gut").accept(MediaType.APPLICATION_XML).exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_ACCEPTABLE).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("/problems/not-acceptable");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("application/json");
        verifyNoInteractions(service);
    }

    @Test
    void returnsMethodNotAllowedWithTheAllowedMethods() {
        MvcTestResult result = mvc.delete().uri("/api/v1/guidelines/leaky-gut").exchange();

        assertThat(result).hasStatus(HttpStatus.METHOD_NOT_ALLOWED).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .hasHeader("Allow", "GET");
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("/problems/method-not-allowed");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("DELETE");
    }

    @Test
    void returnsNotFoundForAnUnknownRoute() {
        MvcTestResult result = mvc.get().uri("/api/v1/unknown-route").exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("/problems/not-found");
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("There is no endpoint at GET /api/v1/unknown-route.");
    }

    @Test
    void hidesInternalsOfAnUnexpectedFailure() {
        given(service.get(eq("leaky-gut"), any())).willThrow(new DataIntegrityViolationException(
                "PreparedStatementCallback; SQL [select secret from guideline]; Unique index or primary key violation: \"PUBLIC.SECRET_PK\""));

        MvcTestResult result = mvc.get().uri("/api/v1/guidelines/leaky-gut").exchange();

        assertThat(result).hasStatus(HttpStatus.INTERNAL_SERVER_ERROR).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("/problems/internal-error");
        assertThat(result).bodyJson().extractingPath("$.reference").asString().hasSize(36);
        assertThat(result).body().asString()
                .doesNotContain("select", "secret", "SECRET_PK", "PreparedStatementCallback", "Exception", "at nl.", "DataIntegrity");
    }

    private void assertInvalidParameter(String uri, String parameter, String detail) {
        assertInvalidParameter(mvc.get().uri(uri).exchange(), parameter, detail);
    }

    private void assertInvalidParameter(MvcTestResult result, String parameter, String detail) {
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("/problems/invalid-parameter");
        assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Invalid request parameter");
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo(detail);
        assertThat(result).bodyJson().extractingPath("$.errors[0].name").isEqualTo(parameter);
        assertThat(result).bodyJson().extractingPath("$.instance").isEqualTo("/api/v1/guidelines");
    }
}
