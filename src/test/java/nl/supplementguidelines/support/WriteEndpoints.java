package nl.supplementguidelines.support;

import java.util.List;
import java.util.stream.Stream;

/**
 * The editing operations of issue 10 ("Who may write") as a client calls them, each with the scope it needs: the
 * tests' own list, written from the issue and not from the code, so that a rule the application forgot fails them.
 */
public final class WriteEndpoints {

    public static final String EDIT = "guidelines:edit";
    public static final String PUBLISH = "guidelines:publish";

    /** One operation: method, an example path, whether it takes a JSON body, and the scope it needs. */
    public record WriteEndpoint(String method, String path, boolean hasBody, String scope) {

        public boolean needsPublish() {
            return PUBLISH.equals(scope);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    public static final List<WriteEndpoint> ALL = List.of(
            new WriteEndpoint("POST", "/api/v1/guidelines", true, EDIT),
            new WriteEndpoint("POST", "/api/v1/guidelines/imports?slug=leaky-gut-2", true, EDIT),
            new WriteEndpoint("POST", "/api/v1/guidelines/leaky-gut/draft", false, EDIT),
            new WriteEndpoint("GET", "/api/v1/guidelines/leaky-gut/draft", false, EDIT),
            new WriteEndpoint("PUT", "/api/v1/guidelines/leaky-gut/draft", true, EDIT),
            new WriteEndpoint("DELETE", "/api/v1/guidelines/leaky-gut/draft", false, EDIT),
            new WriteEndpoint("POST", "/api/v1/guidelines/leaky-gut/draft/publish", true, PUBLISH),
            new WriteEndpoint("POST", "/api/v1/guidelines/leaky-gut/withdraw", true, PUBLISH),
            new WriteEndpoint("POST", "/api/v1/nutrients", true, EDIT),
            new WriteEndpoint("PUT", "/api/v1/guidelines/leaky-gut/versions/1/translations/en", true, EDIT),
            new WriteEndpoint("GET", "/api/v1/audit?guideline=leaky-gut&limit=10", false, PUBLISH));

    private WriteEndpoints() {
    }

    public static Stream<WriteEndpoint> all() {
        return ALL.stream();
    }

    public static Stream<WriteEndpoint> needingPublish() {
        return ALL.stream().filter(WriteEndpoint::needsPublish);
    }

    /** Calls the operation (a JSON body of {}, which the security rules refuse before anyone reads it). */
    public static Http.Response call(Http http, WriteEndpoint endpoint, String... headers) {
        return endpoint.hasBody()
                ? http.sendJson(endpoint.method(), endpoint.path(), "{}", headers)
                : http.send(endpoint.method(), endpoint.path(), headers);
    }
}
