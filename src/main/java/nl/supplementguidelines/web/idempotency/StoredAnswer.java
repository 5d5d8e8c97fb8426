package nl.supplementguidelines.web.idempotency;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

/** The part of an answer that is stored and replayed: status, Location, ETag, Content-Type and the body's bytes. */
record StoredAnswer(String requestHash, int status, @Nullable String location, @Nullable String etag,
                    @Nullable String contentType, @Nullable String body) {

    /** The answer as a response; a replay says so in {@code Idempotent-Replayed}. */
    ResponseEntity<byte @Nullable []> toResponse(boolean replayed) {
        HttpHeaders headers = new HttpHeaders();
        if (location != null) {
            headers.set(HttpHeaders.LOCATION, location);
        }
        if (etag != null) {
            headers.set(HttpHeaders.ETAG, etag);
        }
        if (contentType != null) {
            headers.setContentType(MediaType.parseMediaType(contentType));
        }
        if (replayed) {
            headers.set(Idempotency.REPLAYED_HEADER, "true");
        }
        return ResponseEntity.status(status).headers(headers).body(body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }
}
