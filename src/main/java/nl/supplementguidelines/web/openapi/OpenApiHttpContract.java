package nl.supplementguidelines.web.openapi;

import nl.supplementguidelines.web.ApiPaths;
import nl.supplementguidelines.web.problem.ProblemType;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What every operation can answer besides its own responses, with the headers clients rely on: Tomcat's 400 for a
 * request it cannot parse, 501 for a transfer coding it does not implement, 403 for a browser origin that is not allowed, 415 for a POST body that is not JSON, 304 for a conditional GET, and on every response
 * the request id and rate-limit headers ({@code Retry-After} on 429 and 503, validators on GET answers). Every
 * operation is public ({@code security: []}) unless {@link EditorOpenApi}, which runs next, says it is an editing one.
 */
@Component
class OpenApiHttpContract implements OpenApiCustomizer, Ordered {

    /**
     * The extension an operation answered with {@code Cache-Control: no-store} carries (the audit trail; set it with
     * {@code @Operation(extensions = @Extension(properties = @ExtensionProperty(name = "x-cache-control", value = "no-store")))}):
     * it gets no 304 and no validators, and its Cache-Control says no-store.
     */
    static final String CACHE_CONTROL_EXTENSION = "x-cache-control";
    private static final String HEADERS = "#/components/headers/";

    @Override
    public int getOrder() {
        return OpenApiDocumentOrder.HTTP_CONTRACT;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        headers().forEach(openApi.getComponents()::addHeaders);
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            operation.setSecurity(new ArrayList<>());
            addRequestError(operation);
            operation.getResponses().addApiResponse("501", OpenApiConfiguration.problem(
                    "The request uses a `Transfer-Encoding` the server does not implement (Tomcat refuses it before the API sees it)",
                    ProblemType.NOT_IMPLEMENTED, ProblemType.defaultDetail(501), path));
            operation.getResponses().addApiResponse("403", OpenApiConfiguration.problem("A browser request (with `Origin`) from an origin the API does not allow (CORS)",
                    ProblemType.ORIGIN_NOT_ALLOWED, "Browser requests from this origin are not allowed.", path));
            if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
                operation.getResponses().addApiResponse("415", OpenApiConfiguration.problem("The request body is not `application/json`",
                        ProblemType.UNSUPPORTED_MEDIA_TYPE, "Content-Type text/plain is not supported; use [application/json].", path));
            }
            boolean noStore = operation.getExtensions() != null && "no-store".equals(operation.getExtensions().get(CACHE_CONTROL_EXTENSION));
            // What only editors read (a draft) never passes the HTTP cache filter, so it is never a 304.
            if (method == PathItem.HttpMethod.GET && operation.getResponses().get("200") != null && !noStore && !ApiPaths.isEditorOnly(path)) {
                operation.getResponses().addApiResponse("304", new ApiResponse()
                        .description("Not modified: the representation named by `If-None-Match` (or, without it, `If-Modified-Since`) is current; no body"));
            }
            operation.getResponses().forEach((status, response) -> addHeaders(method, status, response, noStore));
        }));
    }

    /** Tomcat refuses a request it cannot parse (a bad percent-encoding, say) before it reaches the API's handlers. */
    private static void addRequestError(Operation operation) {
        ApiResponse tomcat = OpenApiConfiguration.problem("The request cannot be parsed (for example a malformed percent-encoding in the URL)",
                ProblemType.REQUEST_ERROR, ProblemType.defaultDetail(400), null);
        ApiResponse existing = operation.getResponses().get("400");
        if (existing == null || existing.getContent() == null) {
            operation.getResponses().addApiResponse("400", tomcat);
            return;
        }
        if (existing.getContent().get(OpenApiConfiguration.PROBLEM_JSON) == null) {
            // The operation's own 400 is of another media type (an OperationOutcome under /fhir): Tomcat's goes beside it.
            existing.getContent().addMediaType(OpenApiConfiguration.PROBLEM_JSON, tomcat.getContent().get(OpenApiConfiguration.PROBLEM_JSON));
            existing.setDescription(existing.getDescription() + "; or a request that cannot be parsed (`/problems/request-error`)");
            return;
        }
        MediaType media = existing.getContent().get(OpenApiConfiguration.PROBLEM_JSON);
        Example example = tomcat.getContent().get(OpenApiConfiguration.PROBLEM_JSON).getExamples().get(ProblemType.REQUEST_ERROR.slug());
        media.addExamples(ProblemType.REQUEST_ERROR.slug(), example);
        existing.setDescription(existing.getDescription() + "; or a request that cannot be parsed (`/problems/request-error`)");
    }

    private static void addHeaders(PathItem.HttpMethod method, String status, ApiResponse response, boolean noStore) {
        response.addHeaderObject("X-Request-Id", ref("X-Request-Id"));
        response.addHeaderObject("RateLimit", ref("RateLimit"));
        response.addHeaderObject("RateLimit-Policy", ref("RateLimit-Policy"));
        if (status.equals("429") || status.equals("503")) {
            response.addHeaderObject("Retry-After", ref("Retry-After"));
        }
        if (method == PathItem.HttpMethod.GET && status.equals("200") && noStore) {
            response.addHeaderObject("Cache-Control", header("Never stored by the client or any cache in between", "no-store"));
        } else if (method == PathItem.HttpMethod.GET && (status.equals("200") || status.equals("304"))) {
            response.addHeaderObject("ETag", ref("ETag"));
            response.addHeaderObject("Last-Modified", ref("Last-Modified"));
            response.addHeaderObject("Cache-Control", ref("Cache-Control"));
        }
    }

    private static Header ref(String name) {
        return new Header().$ref(HEADERS + name);
    }

    private static Map<String, Header> headers() {
        Map<String, Header> headers = new LinkedHashMap<>();
        headers.put("X-Request-Id", header("The request's id: the caller's `X-Request-Id` when it is 1 to 128 characters of "
                + "`A-Z a-z 0-9 - _ . : / + =`, otherwise a new one. Quote it when reporting a problem.", "3f2c9a1e0b7d4c8e9f6a5b4c3d2e1f00"));
        headers.put("RateLimit", header("The client's remaining requests (`r`) and the seconds until the bucket is full again (`t`) "
                + "(IETF draft RateLimit header fields). Absent when rate limiting is disabled.", "\"per-client\";r=299;t=1"));
        headers.put("RateLimit-Policy", header("The rate limit: a burst of `q` requests, refilled over `w` seconds. "
                + "Absent when rate limiting is disabled.", "\"per-client\";q=300;w=3"));
        headers.put("Retry-After", header("Seconds to wait before retrying", "1"));
        headers.put("ETag", header("Strong validator: a hash of the exact bytes of the representation; send it back in `If-None-Match`",
                "\"xY49IDZinOaXAebLzLPFpA\""));
        headers.put("Last-Modified", header("When the content last changed; send it back in `If-Modified-Since`", "Sat, 28 Nov 2026 00:00:00 GMT"));
        headers.put("Cache-Control", header("How long clients and shared caches may reuse the answer", "public, max-age=300"));
        return headers;
    }

    private static Header header(String description, String example) {
        return new Header().description(description).schema(new Schema<String>().types(Set.of("string"))).example(example);
    }
}
