package nl.supplementguidelines.web.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import nl.supplementguidelines.web.problem.ProblemType;
import nl.supplementguidelines.web.security.EditorEndpoint;
import nl.supplementguidelines.web.security.EditorEndpoints;
import nl.supplementguidelines.web.security.EditorScope;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * Who may write, in the document: the two ways to present a token (a bearer JWT, and the OAuth 2 client-credentials
 * flow Swagger UI's Authorize dialog uses), and on each operation of {@link EditorEndpoints} its scope, its 401 and
 * its 403. Runs after {@link OpenApiHttpContract}, which marks every operation public ({@code security: []}).
 */
@Component
class EditorOpenApi implements OpenApiCustomizer, Ordered {

    static final String BEARER = "bearer";
    static final String OAUTH2 = "oauth2";

    private final EditorOpenApiProperties properties;

    EditorOpenApi(EditorOpenApiProperties properties) {
        this.properties = properties;
    }

    @Override
    public int getOrder() {
        return OpenApiDocumentOrder.HTTP_CONTRACT + 1;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT").description("A JWT of the operator's authorization server for this API's audience, with the "
                        + "operation's scope in `scope`. Public operations need none (`security: []`)."));
        Scopes scopes = new Scopes();
        for (EditorScope scope : EditorScope.values()) {
            scopes.addString(scope.scope(), scope.description());
        }
        openApi.getComponents().addSecuritySchemes(OAUTH2, new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                .description("The client-credentials flow of the operator's authorization server (its token endpoint: `api.editing.token-url`).")
                .flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl(properties.tokenUrl()).scopes(scopes))));
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            EditorEndpoint endpoint = endpointOf(method, path);
            if (endpoint != null) {
                secure(operation, endpoint, path);
            }
        }));
    }

    static @Nullable EditorEndpoint endpointOf(PathItem.HttpMethod method, String path) {
        String shape = shape(path);
        return EditorEndpoints.ALL.stream()
                .filter(endpoint -> endpoint.method().name().equals(method.name()) && shape(endpoint.path()).equals(shape))
                .findFirst().orElse(null);
    }

    /** A path template without its variables' names: {@code /guidelines/{}/draft}. */
    private static String shape(String path) {
        return path.replaceAll("\\{[^}]+}", "{}");
    }

    private static void secure(Operation operation, EditorEndpoint endpoint, String path) {
        String scope = endpoint.scope().scope();
        operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER, scope), new SecurityRequirement().addList(OAUTH2, scope)));
        operation.getResponses().addApiResponse("401", unauthorized(path));
        operation.getResponses().addApiResponse("403", forbidden(operation.getResponses().get("403"), scope, path));
        ApiResponse ok = operation.getResponses().get("200");
        if (ok != null && ok.getHeaders() != null && ok.getHeaders().containsKey("Cache-Control")) {
            ok.addHeaderObject("Cache-Control", new Header().description("An editor's answer is never stored by any cache")
                    .schema(new Schema<String>().types(Set.of("string"))).example("no-store"));
        }
    }

    private static ApiResponse unauthorized(String path) {
        ApiResponse response = OpenApiConfiguration.problem("No valid bearer token for this API (see `WWW-Authenticate`), or editing "
                        + "is not configured on this instance", ProblemType.UNAUTHENTICATED,
                "This operation needs a bearer token in the Authorization header (Authorization: Bearer <JWT>).", path);
        MediaType media = response.getContent().get(OpenApiConfiguration.PROBLEM_JSON);
        media.addExamples("invalid-token", example(OpenApiConfiguration.problem("", ProblemType.UNAUTHENTICATED,
                "The bearer token is not valid: An error occurred while attempting to decode the Jwt: Jwt expired at 2026-11-28T10:00:00Z", path)));
        media.addExamples(ProblemType.EDITING_NOT_CONFIGURED.slug(), example(OpenApiConfiguration.problem("", ProblemType.EDITING_NOT_CONFIGURED,
                "Editing is not configured on this instance: no authorization server is set, so no token is accepted.", path)));
        return response.addHeaderObject("WWW-Authenticate", challenge(
                "Bearer realm=\"supplement-guidelines\", error=\"invalid_token\", error_description=\"...\" (RFC 6750); without a token just `Bearer realm=\"supplement-guidelines\"`",
                "Bearer realm=\"supplement-guidelines\""));
    }

    /** The scope problem, added to the 403 every operation has for a browser origin that is not allowed. */
    private static ApiResponse forbidden(@Nullable ApiResponse existing, String scope, String path) {
        ApiResponse scopeProblem = OpenApiConfiguration.problem("The token lacks the scope " + scope, ProblemType.INSUFFICIENT_SCOPE,
                "This operation needs a token with the scope " + scope + ".", path);
        Example example = scopeProblem.getContent().get(OpenApiConfiguration.PROBLEM_JSON).getExamples().get(ProblemType.INSUFFICIENT_SCOPE.slug());
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> body = (java.util.Map<String, Object>) example.getValue();
        body.put("requiredScope", scope);
        ApiResponse response = existing == null || existing.getContent() == null ? scopeProblem : existing;
        if (response != scopeProblem) {
            response.getContent().get(OpenApiConfiguration.PROBLEM_JSON).addExamples(ProblemType.INSUFFICIENT_SCOPE.slug(), example);
            response.setDescription("The token lacks the scope " + scope + " (`/problems/insufficient-scope`); or " + response.getDescription());
        }
        return response.addHeaderObject("WWW-Authenticate", challenge("Bearer, error=\"insufficient_scope\" and the scope needed (RFC 6750)",
                "Bearer realm=\"supplement-guidelines\", error=\"insufficient_scope\", error_description=\"This operation needs a token with the scope "
                        + scope + ".\", scope=\"" + scope + "\""));
    }

    private static Example example(ApiResponse response) {
        return response.getContent().get(OpenApiConfiguration.PROBLEM_JSON).getExamples().values().iterator().next();
    }

    private static Header challenge(String description, String example) {
        return new Header().description(description).schema(new Schema<String>().types(Set.of("string"))).example(example);
    }
}
