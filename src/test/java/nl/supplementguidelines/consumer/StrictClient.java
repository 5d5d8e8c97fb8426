package nl.supplementguidelines.consumer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import nl.supplementguidelines.client.ApiClient;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The generated client as a strict consumer uses it: its own ObjectMapper, but failing on properties the document
 * does not declare (the generator's default ignores them, which would hide an undocumented field) and on values of
 * another JSON type than documented (Jackson would quietly turn a number into a string, or "2" into a number).
 */
final class StrictClient {

    /** A request the client sent, as the server saw it. */
    record Request(String method, String rawPath) {
    }

    static ObjectMapper mapper() {
        ObjectMapper mapper = ApiClient.createDefaultObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .configure(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE, true)
                .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true)
                .configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    /** A client of the application on this port that records every request it sends in {@code sent}. */
    static ApiClient on(int port, List<Request> sent) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        client.setObjectMapper(mapper());
        client.setResponseInterceptor(response -> {
            URI uri = response.request().uri();
            sent.add(new Request(response.request().method(), uri.getRawPath()));
        });
        return client;
    }

    static List<Request> recorder() {
        return new CopyOnWriteArrayList<>();
    }

    private StrictClient() {
    }
}
