package nl.supplementguidelines.nutrient;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@WebMvcTest(NutrientController.class)
class NutrientControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    NutrientService service;

    @Test
    void returnsNotFoundForUnknownSlug() {
        given(service.get("unknown")).willThrow(NutrientNotFound.forSlug("unknown"));

        MvcTestResult result = mvc.get().uri("/api/v1/nutrients/unknown").exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("/problems/not-found");
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("There is no nutrient with slug 'unknown'.");
    }

    @Test
    void returnsBadRequestNamingAnOutOfBoundsPageSize() {
        MvcTestResult result = mvc.get().uri("/api/v1/nutrients?size=0").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors[0].name").isEqualTo("size");
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("'size' must be greater than or equal to 1.");
    }

    @Test
    void returnsBadRequestForANonNumericPage() {
        MvcTestResult result = mvc.get().uri("/api/v1/nutrients?page=first").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].name").isEqualTo("page");
    }
}
