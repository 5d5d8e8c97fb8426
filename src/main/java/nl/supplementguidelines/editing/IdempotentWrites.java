package nl.supplementguidelines.editing;

import nl.supplementguidelines.web.idempotency.Idempotency;
import nl.supplementguidelines.web.security.Editor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The editing POSTs through {@link Idempotency}: one transaction per request, in which the operation, its audit record
 * and feed event and the stored answer commit together; a retry with the same key is answered from the stored answer.
 * Two requests are the same when their operation, path variables, If-Match and body (as read) are.
 */
@Component
class IdempotentWrites {

    private final Idempotency idempotency;
    private final ObjectMapper json;

    IdempotentWrites(Idempotency idempotency, ObjectMapper json) {
        this.idempotency = idempotency;
        this.json = json;
    }

    /**
     * Runs the operation once per editor and key. {@code request} is everything that defines the request but the
     * editor: the path's variables, the If-Match and the body, in a fixed order (nulls included).
     */
    @SuppressWarnings("unchecked")
    <T> ResponseEntity<T> run(@Nullable String key, Editor editor, String operation, Supplier<ResponseEntity<T>> action,
                              @Nullable Object... request) {
        // JSON of a list keeps the parts apart: ["a","b"] and ["ab"] never read alike.
        List<@Nullable Object> parts = new ArrayList<>(Arrays.asList(request));
        byte[] canonical = json.writeValueAsBytes(parts);
        ResponseEntity<?> answer = idempotency.run(key, editor.subject(), operation, canonical, action);
        // The stored answer keeps status, Location, ETag, type and body; an editing answer is never to be cached.
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(answer.getHeaders());
        headers.setCacheControl(CacheControl.noStore());
        // A replay's body is the first answer's bytes, which MVC writes as they are (ByteArrayHttpMessageConverter).
        return (ResponseEntity<T>) new ResponseEntity<>(answer.getBody(), headers, answer.getStatusCode());
    }
}
