package nl.supplementguidelines.guideline;

import io.swagger.v3.oas.models.Operation;
import nl.supplementguidelines.web.openapi.ProblemExamples;
import nl.supplementguidelines.web.problem.ProblemType;
import nl.supplementguidelines.web.problem.Problems;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Documents the problems only the guideline operations give: 410 for a withdrawn guideline, 404 for an unknown version,
 * 422 and 409 for a translation.
 */
@Configuration(proxyBeanMethods = false)
class GuidelineOpenApi {

    private static final Set<String> LIVE_READS = Set.of("getGuideline", "getGuidelineRecommendations");
    private static final String EXAMPLE_SLUG = "dysbiose";

    @Bean
    OpenApiCustomizer guidelineProblems() {
        return openApi -> openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
            if (LIVE_READS.contains(operation.getOperationId())) {
                addGone(operation, path);
            }
            if ("putGuidelineTranslation".equals(operation.getOperationId())) {
                addTranslationProblems(operation, path);
            }
            if ("getGuidelineVersion".equals(operation.getOperationId())) {
                String instance = examplePath(path, "leaky-gut", "9");
                operation.getResponses().addApiResponse("404", ProblemExamples.response("No guideline with that slug, or no such version of it",
                        ProblemType.NOT_FOUND, Problems.body(ProblemType.NOT_FOUND, GuidelineNotFound.forVersion("leaky-gut", 9).getMessage(), instance)));
            }
        }));
    }

    private static void addGone(Operation operation, String path) {
        Map<String, @Nullable Object> example = Problems.body(ProblemType.GUIDELINE_WITHDRAWN, "The guideline '" + EXAMPLE_SLUG
                + "' was withdrawn; its last version (2) stays readable at " + GuidelineViews.versionHrefOf(EXAMPLE_SLUG, 2) + ".",
                examplePath(path, EXAMPLE_SLUG, "2"));
        example.put("reason", "A newer study contradicts the zinc dose; a revised guideline is in preparation.");
        example.put("withdrawnAt", "2026-12-01T10:00:00Z");
        example.put("lastVersion", GuidelineViews.versionHrefOf(EXAMPLE_SLUG, 2));
        operation.getResponses().addApiResponse("410", ProblemExamples.response("The guideline was withdrawn: the reason, since when, "
                + "and a link to its last version (which stays readable)", ProblemType.GUIDELINE_WITHDRAWN, example));
    }

    private static void addTranslationProblems(Operation operation, String path) {
        String instance = examplePath(path, "leaky-gut", "1").replace("{language}", "en");
        Map<String, @Nullable Object> mismatch = Problems.body(ProblemType.UNPROCESSABLE_CONTENT,
                "'alternativeNames' must have 3 items, as the version has (has 2). 'recommendations[4].effects' must have 2 items, as the version has (has 1).", instance);
        mismatch.put("errors", List.of(ProblemExamples.invalidItem("alternativeNames", "must have 3 items, as the version has (has 2)", 2),
                ProblemExamples.invalidItem("recommendations[4].effects", "must have 2 items, as the version has (has 1)", 1)));
        operation.getResponses().addApiResponse("422", ProblemExamples.response("The texts do not have the version's structure, or the body "
                + "has members a translation does not have (numbers, doses, evidence, slugs): every mismatch, by field", ProblemType.UNPROCESSABLE_CONTENT, mismatch));
        Map<String, @Nullable Object> exists = Problems.body(ProblemType.TRANSLATION_EXISTS, new TranslationExists("leaky-gut", 1, "en").getMessage(), instance);
        exists.put("translation", GuidelineViews.versionHrefOf("leaky-gut", 1));
        operation.getResponses().addApiResponse("409", ProblemExamples.response("The version has a published translation into the language "
                + "with other texts; translations never change", ProblemType.TRANSLATION_EXISTS, exists));
    }


    /** An example path of a template: its slug and version filled in. */
    private static String examplePath(String template, String slug, String version) {
        return template.replace("{slug}", slug).replace("{version}", version);
    }
}
