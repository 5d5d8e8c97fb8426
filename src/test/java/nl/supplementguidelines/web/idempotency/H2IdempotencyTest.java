package nl.supplementguidelines.web.idempotency;

import nl.supplementguidelines.support.ApiTest;
import org.springframework.context.annotation.Import;

/** Idempotency-Key on the embedded H2. */
@ApiTest
@Import(IdempotencyDemo.class)
class H2IdempotencyTest extends IdempotencyContract {
}
