package nl.supplementguidelines.fhir;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import nl.supplementguidelines.support.ApiTest;
import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.ServedApi;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.jdbc.Sql;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every resource /fhir serves, of every published version (the seed and the fixtures' superseded, current and
 * withdrawn versions), fetched over real HTTP and validated by HAPI FHIR against base R4: no errors.
 */
@ApiTest
@Sql(scripts = {"/fixtures/versions-cleanup.sql", "/fixtures/fhir-cleanup.sql", "/fixtures/versions.sql", "/fixtures/fhir.sql"})
@Sql(scripts = {"/fixtures/versions-cleanup.sql", "/fixtures/fhir-cleanup.sql"}, executionPhase = Sql.ExecutionPhase.AFTER_TEST_METHOD)
class FhirValidationTest extends ServedApi {

    @Test
    void everyResourceOfEveryPublishedVersionValidatesWithoutErrors() {
        FhirR4Validator validator = FhirR4Validator.get(http.get("/fhir/CodeSystem/evidence-dots").text());
        Map<String, String> resources = new LinkedHashMap<>();
        resources.put("/fhir/metadata", http.get("/fhir/metadata").text());
        resources.put("/fhir/CodeSystem/evidence-dots", http.get("/fhir/CodeSystem/evidence-dots").text());
        Response search = http.get("/fhir/PlanDefinition?_count=100");
        resources.put("/fhir/PlanDefinition?_count=100", search.text());
        List<String> ids = new ArrayList<>();
        search.json().get("entry").forEach(entry -> ids.add(entry.get("resource").get("id").asString()));
        long published = jdbc.sql("select count(*) from guideline").query(Long.class).single();
        assertThat(ids).hasSize((int) published).contains("fixture-versioned.1", "fixture-versioned.2", "fixture-withdrawn.1", "fixture-omega-3.1")
                .anyMatch(id -> id.contains(FhirIds.SHORTENED));
        for (String id : ids) {
            resources.put("/fhir/PlanDefinition/" + id, http.get("/fhir/PlanDefinition/" + id).text());
            Response bundle = http.get("/fhir/Bundle/" + id);
            resources.put("/fhir/Bundle/" + id, bundle.text());
            for (JsonNode entry : bundle.json().get("entry")) {
                JsonNode resource = entry.get("resource");
                if (resource.get("resourceType").asString().equals("ActivityDefinition")) {
                    String path = "/fhir/ActivityDefinition/" + resource.get("id").asString();
                    resources.put(path, http.get(path).text());
                }
            }
        }
        Map<String, List<String>> errors = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        resources.forEach((path, json) -> {
            List<String> found = validator.errors(json);
            if (!found.isEmpty()) {
                errors.put(path, found);
            }
            validator.validate(json).stream().filter(m -> m.getSeverity() == ResultSeverityEnum.WARNING)
                    .forEach(m -> warnings.add(path + " " + m.getLocationString() + ": " + m.getMessage()));
        });
        assertThat(resources).hasSizeGreaterThan(3 * ids.size());
        assertThat(errors).as("validation errors").isEmpty();
        // The two warnings we accept, both documented in the README: no narrative (dom-6) and the {CFU} annotation of UCUM.
        assertThat(warnings).isNotEmpty().allMatch(warning -> warning.contains("dom-6") || warning.contains("{CFU}"), "dom-6 or {CFU}");
    }

    @Test
    void theValidatorFindsAnErrorInABrokenResource() {
        FhirR4Validator validator = FhirR4Validator.get(http.get("/fhir/CodeSystem/evidence-dots").text());
        String plan = http.get("/fhir/PlanDefinition/leaky-gut.1").text();

        assertThat(validator.errors(plan)).isEmpty();
        assertThat(validator.errors(plan.replace("\"status\":\"active\"", "\"status\":\"current\"")))
                .isNotEmpty().allMatch(error -> error.contains("PlanDefinition.status"));
        assertThat(validator.errors(plan.replace("\"code\":\"2\",\"display\":\"●●\"", "\"code\":\"7\",\"display\":\"●●\"")))
                .isNotEmpty().allMatch(error -> error.contains("evidence-dots"));
        assertThat(validator.errors(plan.replace("cqf-qualityOfEvidence", "cqf-strengthOfRecommendation"))).isNotEmpty();
    }
}
