package nl.supplementguidelines.web.idempotency;

import nl.supplementguidelines.audit.AuditTrail;
import nl.supplementguidelines.web.problem.InvalidItem;
import nl.supplementguidelines.web.problem.InvalidRequest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A create operation as the editing controllers wire it, for the tests only (imported by them, which registers the
 * nested controller; component scanning skips test configurations, so no other context and not the OpenAPI snapshot
 * sees it): each run writes an audit record in the transaction {@link Idempotency} opened
 * and answers 201 with a new item number, Location and ETag.
 */
@TestConfiguration(proxyBeanMethods = false)
class IdempotencyDemo {

    static final String PATH = "/api/v1/demo-items";
    static final String OPERATION = "demo.create";

    @RestController
    static class DemoController {

        final AtomicInteger runs = new AtomicInteger();
        private final Idempotency idempotency;
        private final AuditTrail audit;

        DemoController(Idempotency idempotency, AuditTrail audit) {
            this.idempotency = idempotency;
            this.audit = audit;
        }

        @PostMapping(path = PATH, consumes = "application/json", produces = "application/json")
        @IdempotentOperation
        ResponseEntity<?> create(@RequestHeader(name = Idempotency.HEADER, required = false) String key,
                                 @RequestHeader(name = "X-Demo-Subject", defaultValue = "demo-editor") String subject,
                                 @RequestBody Map<String, Object> body) {
            byte[] canonical = body.toString().getBytes(StandardCharsets.UTF_8);
            return idempotency.run(key, subject, OPERATION, canonical, () -> {
                if (Boolean.TRUE.equals(body.get("refuse"))) {
                    throw InvalidRequest.unprocessable(List.of(new InvalidItem("refuse", "must not be true", true)));
                }
                int item = runs.incrementAndGet();
                audit.record(subject, null, OPERATION, null, null, null, "item " + item + " " + body);
                if (body.get("slow") instanceof Integer millis) {
                    sleep(millis);
                }
                return ResponseEntity.created(URI.create(PATH + "/" + item)).eTag("\"item-" + item + "\"")
                        .body(Map.of("item", item, "name", String.valueOf(body.get("name"))));
            });
        }

        private static void sleep(int millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
