package nl.supplementguidelines.web.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editing operations' security in the document, whatever their path variables are called: the operations of the
 * issue get their scope, a 401 and a 403 with examples; every other operation stays public.
 */
class EditorOpenApiTest {

    private final OpenAPI document = document();

    @Test
    void anEditingOperationNeedsItsScopeByBearerOrClientCredentials() {
        Operation publish = document.getPaths().get("/api/v1/guidelines/{guideline}/draft/publish").getPost();

        assertThat(publish.getSecurity()).containsExactly(
                new SecurityRequirement().addList("bearer", "guidelines:publish"),
                new SecurityRequirement().addList("oauth2", "guidelines:publish"));
        assertThat(document.getPaths().get("/api/v1/guidelines/{slug}/draft").getPut().getSecurity())
                .contains(new SecurityRequirement().addList("bearer", "guidelines:edit"));
    }

    @Test
    void anEditingOperationDocumentsItsRefusalsWithExamples() {
        ApiResponses responses = document.getPaths().get("/api/v1/guidelines/{slug}/draft").getPut().getResponses();

        assertThat(examples(responses.get("401"))).containsOnlyKeys("unauthenticated", "invalid-token", "editing-not-configured");
        assertThat(examples(responses.get("403"))).containsKeys("insufficient-scope", "origin-not-allowed");
        assertThat(responses.get("401").getHeaders()).containsKey("WWW-Authenticate");
        assertThat(responses.get("403").getHeaders()).containsKey("WWW-Authenticate");
    }

    @Test
    void publicOperationsStayPublic() {
        PathItem guidelines = document.getPaths().get("/api/v1/guidelines");

        assertThat(guidelines.getGet().getSecurity()).isEmpty();
        assertThat(guidelines.getGet().getResponses()).doesNotContainKey("401");
        assertThat(guidelines.getPost().getSecurity()).isNotEmpty();
        assertThat(document.getPaths().get("/api/v1/dose-checks").getPost().getSecurity()).isEmpty();
    }

    @Test
    void theClientCredentialsFlowOffersEveryScopeAtTheConfiguredTokenUrl() {
        SecurityScheme oauth2 = document.getComponents().getSecuritySchemes().get("oauth2");

        assertThat(oauth2.getFlows().getClientCredentials().getTokenUrl()).isEqualTo("https://auth.example.org/oauth2/token");
        assertThat(oauth2.getFlows().getClientCredentials().getScopes()).containsOnlyKeys("guidelines:edit", "guidelines:publish", "webhooks:manage");
        assertThat(document.getComponents().getSecuritySchemes().get("bearer").getBearerFormat()).isEqualTo("JWT");
    }

    private static Map<String, ?> examples(ApiResponse response) {
        return response.getContent().get("application/problem+json").getExamples();
    }

    private static OpenAPI document() {
        Paths paths = new Paths();
        paths.addPathItem("/api/v1/guidelines", new PathItem().get(operation()).post(operation()));
        paths.addPathItem("/api/v1/guidelines/{slug}/draft", new PathItem().get(operation()).put(operation()));
        paths.addPathItem("/api/v1/guidelines/{guideline}/draft/publish", new PathItem().post(operation()));
        paths.addPathItem("/api/v1/dose-checks", new PathItem().post(operation()));
        OpenAPI openApi = new OpenAPI().paths(paths);
        new OpenApiHttpContract().customise(openApi);
        new EditorOpenApi(new EditorOpenApiProperties("https://auth.example.org/oauth2/token")).customise(openApi);
        return openApi;
    }

    private static Operation operation() {
        return new Operation().responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("ok")));
    }
}
