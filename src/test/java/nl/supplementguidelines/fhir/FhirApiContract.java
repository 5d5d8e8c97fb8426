package nl.supplementguidelines.fhir;

import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.ServedApi;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.jdbc.Sql;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The /fhir endpoints over real HTTP: the numbers are the JSON API's, searches find what they name, errors are
 * OperationOutcomes naming what was wrong, answers are cached like the rest of the API; on each database. Fixtures as
 * in {@link FhirValidationTest}.
 */
@Sql(scripts = {"/fixtures/versions-cleanup.sql", "/fixtures/fhir-cleanup.sql", "/fixtures/versions.sql", "/fixtures/fhir.sql"})
@Sql(scripts = {"/fixtures/versions-cleanup.sql", "/fixtures/fhir-cleanup.sql"}, executionPhase = Sql.ExecutionPhase.AFTER_TEST_METHOD)
abstract class FhirApiContract extends ServedApi {

    private static final String BASE = "https://supplement-guidelines.nl/fhir";
    private static final String LONG = "fixture-fhir-a-guideline-slug-long-enough-that-its-fhir-ids-must-be-shortened-to-sixty-four";

    @Test
    void dosesUnitsAndEvidenceAreThoseOfTheJsonApiForEveryVersion() {
        List<String> kinds = new ArrayList<>();
        List<String> units = new ArrayList<>();
        for (String version : List.of("leaky-gut/1", "fixture-versioned/1", "fixture-versioned/2", "fixture-withdrawn/1", "fixture-omega-3/1", LONG + "/1")) {
            String slug = version.substring(0, version.indexOf('/'));
            int number = Integer.parseInt(version.substring(version.indexOf('/') + 1));
            JsonNode guideline = http.get("/api/v1/guidelines/" + slug + "/versions/" + number).json();
            JsonNode plan = http.get("/fhir/PlanDefinition/" + FhirIds.plan(slug, number)).json();
            JsonNode recommendations = guideline.get("recommendations");
            assertThat(plan.get("action")).as(version).hasSize(recommendations.size());
            for (int i = 0; i < recommendations.size(); i++) {
                JsonNode recommendation = recommendations.get(i);
                JsonNode action = plan.get("action").get(i);
                JsonNode dots = action.get("extension").get(0).get("valueCodeableConcept").get("coding").get(0);
                assertThat(dots.get("code").asString()).isEqualTo(recommendation.get("evidence").get("level").asString());
                assertThat(dots.get("display").asString()).isEqualTo(recommendation.get("evidence").get("dots").asString());
                assertThat(action.get("definitionCanonical").asString())
                        .isEqualTo(BASE + "/ActivityDefinition/" + slug + "." + recommendation.get("nutrient").get("slug").asString() + "|" + number);

                JsonNode activity = http.get("/fhir/ActivityDefinition/" + FhirIds.activity(slug, number, recommendation.get("nutrient").get("slug").asString())).json();
                JsonNode dose = recommendation.get("dailyDose");
                JsonNode dosage = activity.get("dosage").get(0);
                assertThat(activity.get("productCodeableConcept").get("text").asString()).isEqualTo(recommendation.get("nutrient").get("name").asString());
                assertThat(dosage.get("text").asString()).isEqualTo(dose.get("sourceText").asString());
                assertThat(dosage.get("timing").get("repeat").get("periodUnit").asString()).isEqualTo(dose.get("per").asString());
                assertThat(dosage.get("timing").get("repeat").has("frequency")).as("the sheets never say how many intakes").isFalse();
                kinds.add(dose.get("kind").asString());
                units.add(dose.get("unit").asString());
                JsonNode doseAndRate = dosage.get("doseAndRate").get(0);
                List<JsonNode> quantities = new ArrayList<>();
                switch (dose.get("kind").asString()) {
                    case "FIXED" -> {
                        quantities.add(doseAndRate.get("doseQuantity"));
                        assertThat(doseAndRate.get("doseQuantity").get("value").toString()).isEqualTo(dose.get("minimum").toString());
                    }
                    case "AT_LEAST" -> {
                        assertThat(doseAndRate.get("doseRange").has("high")).isFalse();
                        quantities.add(doseAndRate.get("doseRange").get("low"));
                        assertThat(doseAndRate.get("doseRange").get("low").get("value").toString()).isEqualTo(dose.get("minimum").toString());
                    }
                    case "AT_MOST" -> {
                        assertThat(doseAndRate.get("doseRange").has("low")).isFalse();
                        quantities.add(doseAndRate.get("doseRange").get("high"));
                        assertThat(doseAndRate.get("doseRange").get("high").get("value").toString()).isEqualTo(dose.get("maximum").toString());
                    }
                    default -> {
                        quantities.add(doseAndRate.get("doseRange").get("low"));
                        quantities.add(doseAndRate.get("doseRange").get("high"));
                        assertThat(doseAndRate.get("doseRange").get("low").get("value").toString()).isEqualTo(dose.get("minimum").toString());
                        assertThat(doseAndRate.get("doseRange").get("high").get("value").toString()).isEqualTo(dose.get("maximum").toString());
                    }
                }
                for (JsonNode quantity : quantities) {
                    assertThat(quantity.get("system").asString()).isEqualTo("http://unitsofmeasure.org");
                    assertThat(quantity.get("code").asString()).isEqualTo(dose.get("unit").asString());
                    assertThat(quantity.get("unit").asString()).isEqualTo(dose.get("unitSymbol").asString());
                }
            }
        }
        assertThat(kinds).contains("FIXED", "RANGE", "AT_LEAST", "AT_MOST");
        assertThat(units).contains("[IU]", "{CFU}", "mg");
    }

    @Test
    void idsAreUnambiguousAndAtMost64CharactersAndCanonicalsNameTheNutrient() {
        JsonNode omega = http.get("/fhir/PlanDefinition/fixture-omega-3.1").json();
        assertThat(omega.get("url").asString()).isEqualTo(BASE + "/PlanDefinition/fixture-omega-3");
        assertThat(omega.get("action").get(1).get("definitionCanonical").asString()).isEqualTo(BASE + "/ActivityDefinition/fixture-omega-3.vitamine-d|1");
        assertThat(http.get("/fhir/ActivityDefinition/fixture-omega-3.1.vitamine-d").json().get("url").asString())
                .isEqualTo(BASE + "/ActivityDefinition/fixture-omega-3.vitamine-d");
        assertOutcome(http.get("/fhir/PlanDefinition/fixture-omega.3"), 404, "not-found", "fixture-omega.3");
        assertOutcome(http.get("/fhir/PlanDefinition/fixture-omega-3-1"), 404, "not-found", "no current version");

        List<String> found = ids("/fhir/PlanDefinition?url=" + BASE + "/PlanDefinition/" + LONG);
        assertThat(found).hasSize(1).allMatch(id -> id.length() <= 64 && id.contains("--") && id.endsWith(".1"));
        JsonNode plan = http.get("/fhir/PlanDefinition/" + found.get(0)).json();
        assertThat(plan.get("url").asString()).isEqualTo(BASE + "/PlanDefinition/" + LONG);
        JsonNode bundle = http.get("/fhir/Bundle/" + found.get(0)).json();
        String activityId = bundle.get("entry").get(1).get("resource").get("id").asString();
        assertThat(activityId).hasSizeLessThanOrEqualTo(64).endsWith(".1.lactoferrine");
        assertThat(http.get("/fhir/ActivityDefinition/" + activityId).json().get("url").asString()).isEqualTo(BASE + "/ActivityDefinition/" + LONG + ".lactoferrine");
        String tampered = found.get(0).substring(0, found.get(0).length() - 3) + (found.get(0).charAt(found.get(0).length() - 3) == '0' ? "1" : "0") + ".1";
        assertOutcome(http.get("/fhir/PlanDefinition/" + tampered), 404, "not-found", "PlanDefinition/");
    }

    @Test
    void theCanonicalsTailReadsTheCurrentVersion() {
        assertThat(http.get("/fhir/PlanDefinition/fixture-versioned").json().get("id").asString()).isEqualTo("fixture-versioned.2");
        assertThat(http.get("/fhir/Bundle/fixture-versioned").json().get("id").asString()).isEqualTo("fixture-versioned.2");
        assertThat(http.get("/fhir/ActivityDefinition/fixture-versioned.zink").json().get("id").asString()).isEqualTo("fixture-versioned.2.zink");
        assertOutcome(http.get("/fhir/PlanDefinition/fixture-withdrawn"), 404, "not-found", "no current version");
        assertOutcome(http.get("/fhir/ActivityDefinition/fixture-versioned.lactoferrine"), 404, "not-found", "fixture-versioned.lactoferrine");
    }

    @Test
    void dateIsWhenTheStatusLastChangedAndRetiredVersionsSayWhy() {
        JsonNode superseded = http.get("/fhir/PlanDefinition/fixture-versioned.1").json();
        assertThat(superseded.get("date").asString()).isEqualTo("2026-04-01T00:00:00Z");
        assertThat(superseded.get("approvalDate").asString()).isEqualTo("2026-03-01");
        assertThat(superseded.get("effectivePeriod").get("start").asString()).isEqualTo("2026-03-01T00:00:00Z");
        assertThat(superseded.get("effectivePeriod").get("end").asString()).isEqualTo("2026-04-01T00:00:00Z");
        assertThat(superseded.get("relatedArtifact").findValuesAsString("type")).contains("successor");
        assertThat(superseded.toString()).contains(BASE + "/PlanDefinition/fixture-versioned|2");
        JsonNode withdrawn = http.get("/fhir/PlanDefinition/fixture-withdrawn.1").json();
        assertThat(withdrawn.get("date").asString()).isEqualTo("2026-05-01T00:00:00Z");
        assertThat(withdrawn.toString()).contains("Test fixture: the advice was retracted.");
        JsonNode current = http.get("/fhir/PlanDefinition/fixture-versioned.2").json();
        assertThat(current.get("date").asString()).isEqualTo("2026-04-01T00:00:00Z");
        assertThat(current.get("effectivePeriod").has("end")).isFalse();
        assertThat(http.get("/fhir/ActivityDefinition/fixture-withdrawn.1.zink").json().get("date").asString()).isEqualTo("2026-05-01T00:00:00Z");
    }

    @Test
    void theSeedsProbioticsAreAtLeastOneBillionCfuAndTheirAttentionPointCarriesTheCitation() {
        JsonNode activity = http.get("/fhir/ActivityDefinition/leaky-gut.1.probiotica").json();
        JsonNode range = activity.get("dosage").get(0).get("doseAndRate").get(0).get("doseRange");

        assertThat(range.get("low").get("value").decimalValue()).isEqualByComparingTo("1000000000");
        assertThat(range.get("low").get("code").asString()).isEqualTo("{CFU}");
        assertThat(range.has("high")).isFalse();
        assertThat(activity.get("kind").asString()).isEqualTo("MedicationRequest");
        assertThat(activity.get("intent").asString()).isEqualTo("proposal");
        JsonNode plan = http.get("/fhir/PlanDefinition/leaky-gut.1").json();
        List<JsonNode> points = new ArrayList<>();
        plan.get("relatedArtifact").forEach(artifact -> {
            if (artifact.path("label").asString("").startsWith("Aandachtspunt")) {
                points.add(artifact);
            }
        });
        assertThat(points).hasSize(3).allMatch(point -> point.get("citation").asString().startsWith("Suppletierichtlijn Leaky gut (leaky-gut@1"));
        assertThat(plan.get("relatedArtifact").get(0).get("display").asString()).isEqualTo("Suppletierichtlijn Leaky gut");
    }

    @Test
    void statusIsActiveForTheCurrentVersionAndRetiredForSupersededAndWithdrawnOnes() {
        assertThat(http.get("/fhir/PlanDefinition/fixture-versioned.2").json().get("status").asString()).isEqualTo("active");
        assertThat(http.get("/fhir/PlanDefinition/fixture-versioned.1").json().get("status").asString()).isEqualTo("retired");
        assertThat(http.get("/fhir/PlanDefinition/fixture-withdrawn.1").json().get("status").asString()).isEqualTo("retired");
        JsonNode plan = http.get("/fhir/PlanDefinition/fixture-versioned.2").json();
        assertThat(plan.get("url").asString()).isEqualTo(BASE + "/PlanDefinition/fixture-versioned");
        assertThat(plan.get("version").asString()).isEqualTo("2");
        assertThat(plan.get("name").asString()).isEqualTo("FixtureVersioned");
        assertThat(plan.get("date").asString()).isEqualTo("2026-04-01T00:00:00Z");
    }

    @Test
    void searchesFindVersionsByUrlVersionNameAndStatus() {
        assertThat(ids("/fhir/PlanDefinition?url=" + BASE + "/PlanDefinition/fixture-versioned")).containsExactly("fixture-versioned.1", "fixture-versioned.2");
        assertThat(ids("/fhir/PlanDefinition?url=" + BASE + "/PlanDefinition/fixture-versioned&version=2")).containsExactly("fixture-versioned.2");
        assertThat(ids("/fhir/PlanDefinition?name=fixturev")).containsExactly("fixture-versioned.1", "fixture-versioned.2");
        assertThat(ids("/fhir/PlanDefinition?name=LeakyGut&status=active")).containsExactly("leaky-gut.1");
        assertThat(ids("/fhir/PlanDefinition?name=fixture&status=retired")).containsExactly("fixture-versioned.1", "fixture-withdrawn.1");
        assertThat(ids("/fhir/PlanDefinition?status=draft")).isEmpty();
        assertThat(ids("/fhir/PlanDefinition?url=https://elsewhere.example/PlanDefinition/leaky-gut")).isEmpty();

        JsonNode page = http.get("/fhir/PlanDefinition?name=fixture&_count=2").json();
        assertThat(page.get("type").asString()).isEqualTo("searchset");
        assertThat(page.get("total").asInt()).isEqualTo(5);
        assertThat(page.get("entry")).hasSize(2);
        assertThat(page.get("link").get(1).get("relation").asString()).isEqualTo("next");
        String served = BASE;
        assertThat(page.get("link").get(1).get("url").asString()).isEqualTo(served + "/PlanDefinition?name=fixture&_count=2&_offset=2");
        assertThat(page.get("entry").get(0).get("fullUrl").asString()).startsWith(served + "/PlanDefinition/");
        assertThat(page.get("entry").get(0).get("resource").get("url").asString()).startsWith(BASE + "/PlanDefinition/");
        assertThat(ids("/fhir/PlanDefinition?name=fixture&_count=2&_offset=4")).containsExactly("fixture-withdrawn.1");
        assertThat(http.get("/fhir/PlanDefinition?_count=0").json().has("entry")).isFalse();
    }

    @Test
    void errorsAreOperationOutcomesNamingWhatWasWrong() {
        assertOutcome(http.get("/fhir/PlanDefinition/leaky-gut.9"), 404, "not-found", "PlanDefinition/leaky-gut.9");
        assertOutcome(http.get("/fhir/PlanDefinition/nonsense"), 404, "not-found", "PlanDefinition/nonsense");
        assertOutcome(http.get("/fhir/ActivityDefinition/leaky-gut.1.zilver"), 404, "not-found", "ActivityDefinition/leaky-gut.1.zilver");
        assertOutcome(http.get("/fhir/CodeSystem/grade"), 404, "not-found", "CodeSystem/grade");
        assertOutcome(http.get("/fhir/Bundle/" + "a".repeat(300) + "-1"), 404, "not-found", "Bundle/aaaa");
        assertOutcome(http.get("/fhir/Patient/1"), 404, "not-found", "'Patient'");
        assertOutcome(http.get("/fhir/PlanDefinition?status=current"), 400, "invalid", "'current'");
        assertOutcome(http.get("/fhir/PlanDefinition?_count=-1"), 400, "invalid", "_count");
        assertOutcome(http.get("/fhir/PlanDefinition?name=a&name=b"), 400, "invalid", "'name'");
        assertOutcome(http.get("/fhir/PlanDefinition?name=" + "a".repeat(301)), 400, "invalid", "300");
    }

    @Test
    void unknownSearchParametersAreIgnoredAndReportedUnlessHandlingIsStrict() {
        JsonNode lenient = http.get("/fhir/PlanDefinition?name=fixturev&title=x&name:exact=y").json();
        List<String> modes = new ArrayList<>();
        lenient.get("entry").forEach(entry -> modes.add(entry.get("search").get("mode").asString()));
        assertThat(modes).containsExactly("match", "match", "outcome");
        JsonNode outcome = lenient.get("entry").get(2).get("resource");
        assertThat(outcome.get("resourceType").asString()).isEqualTo("OperationOutcome");
        assertThat(outcome.get("issue").get(0).get("diagnostics").asString()).contains("title", "name:exact");
        assertThat(lenient.get("link").get(0).get("url").asString()).doesNotContain("title");

        assertOutcome(http.get("/fhir/PlanDefinition?title=x", "Prefer", "handling=strict"), 400, "not-supported", "'title'");
        assertOutcome(http.get("/fhir/PlanDefinition?name:exact=LeakyGut", "Prefer", "handling=strict"), 400, "not-supported", "'name:exact'");
        assertOutcome(http.get("/fhir/PlanDefinition/leaky-gut.1?_summary=true", "Prefer", "handling=strict"), 400, "not-supported", "'_summary'");
        assertThat(http.get("/fhir/PlanDefinition/leaky-gut.1?_summary=true").status()).isEqualTo(200);
        // The lenient answer is kept by the HTTP cache: the strict request for the same URL must not be served it.
        assertThat(http.get("/fhir/PlanDefinition?title=kept").status()).isEqualTo(200);
        assertOutcome(http.get("/fhir/PlanDefinition?title=kept", "Prefer", "handling=strict"), 400, "not-supported", "'title'");
        assertThat(String.join(",", http.get("/fhir/PlanDefinition/leaky-gut.1").headers().allValues("Vary"))).contains("Prefer");

        JsonNode clamped = http.get("/fhir/PlanDefinition?_count=1000").json();
        assertThat(clamped.get("link").get(0).get("url").asString()).contains("_count=100&");
        assertThat(http.get("/fhir/PlanDefinition?_count=99999999999999").status()).isEqualTo(200);
        assertThat(ids("/fhir/PlanDefinition?version=x")).isEmpty();
        assertThat(ids("/fhir/PlanDefinition?name=fixturev&version=2")).containsExactly("fixture-versioned.2");
        for (String format : List.of("json", "application/fhir%2Bjson", "application/fhir+json", "application/json")) {
            assertThat(http.get("/fhir/metadata?_format=" + format).status()).as(format).isEqualTo(200);
            assertThat(ids("/fhir/PlanDefinition?name=leaky&_format=" + format)).as(format).containsExactly("leaky-gut.1");
        }
    }

    @Test
    void everyErrorUnderFhirIsAnOperationOutcome() {
        assertOutcome(http.get("/fhir"), 404, "not-found", "");
        assertOutcome(http.get("/fhir/"), 404, "not-found", "");
        assertOutcome(http.get("/fhir/PlanDefinition/leaky-gut.1/_history/1"), 404, "not-found", "");
        Response post = http.request("POST", "/fhir/PlanDefinition", "{}", "Content-Type", "application/fhir+json");
        assertOutcome(post, 405, "not-supported", "");
        assertThat(post.header("Allow")).contains("GET");
        assertOutcome(http.get("/fhir/metadata", "Accept", "application/fhir+xml"), 406, "not-supported", "application/fhir+json");
        assertOutcome(http.get("/fhir/PlanDefinition/leaky-gut.1?_format=xml"), 406, "not-supported", "_format");
        assertOutcome(http.get("/fhir/PlanDefinition?_format=application/fhir%2Bxml"), 406, "not-supported", "_format");
        assertOutcome(http.get("/fhir/metadata", "Accept", "no/such/type"), 406, "not-supported", "");
        assertThat(http.get("/fhir/metadata", "Accept", "application/fhir+xml;q=0.9, application/fhir+json").status()).isEqualTo(200);
        assertThat(http.get("/api/v1/no-such-thing").header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void answersAreFhirJsonWithValidatorsAndA304() {
        Response plan = http.get("/fhir/PlanDefinition/leaky-gut.1", "Accept", "application/json");

        assertThat(plan.status()).isEqualTo(200);
        assertThat(plan.header("Content-Type")).startsWith("application/fhir+json");
        assertThat(plan.header("ETag")).isNotBlank();
        assertThat(plan.header("Cache-Control")).startsWith("public, max-age=");
        assertThat(http.get("/fhir/PlanDefinition/leaky-gut.1", "If-None-Match", plan.header("ETag")).status()).isEqualTo(304);
        Response error = http.get("/fhir/PlanDefinition/leaky-gut.9");
        assertThat(error.header("Cache-Control")).isEqualTo("no-store");
        assertThat(error.header("ETag")).isNull();
    }

    @Test
    void theCapabilityStatementListsExactlyWhatIsServed() {
        JsonNode statement = http.get("/fhir/metadata").json();

        assertThat(statement.get("fhirVersion").asString()).isEqualTo("4.0.1");
        List<String> served = new ArrayList<>();
        statement.get("rest").get(0).get("resource").forEach(resource -> resource.get("interaction")
                .forEach(interaction -> served.add(resource.get("type").asString() + " " + interaction.get("code").asString())));
        assertThat(served).containsExactly("PlanDefinition read", "PlanDefinition search-type", "ActivityDefinition read", "CodeSystem read",
                "Bundle read");
        List<String> parameters = new ArrayList<>();
        statement.get("rest").get(0).get("resource").get(0).get("searchParam").forEach(p -> parameters.add(p.get("name").asString()));
        assertThat(parameters).containsExactly("url", "version", "name", "status");
        assertThat(http.get("/fhir/Bundle/leaky-gut.1").json().get("entry")).hasSize(2 + http.get("/fhir/PlanDefinition/leaky-gut.1").json().get("action").size());
    }

    private List<String> ids(String path) {
        Response response = http.get(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().path("entry").forEach(entry -> ids.add(entry.get("resource").get("id").asString()));
        return ids;
    }

    private static void assertOutcome(Response response, int status, String code, String named) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/fhir+json");
        JsonNode issue = response.json().get("issue").get(0);
        assertThat(response.json().get("resourceType").asString()).isEqualTo("OperationOutcome");
        assertThat(issue.get("severity").asString()).isEqualTo("error");
        assertThat(issue.get("code").asString()).isEqualTo(code);
        assertThat(issue.get("diagnostics").asString()).contains(named);
    }
}
