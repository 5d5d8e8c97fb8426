package nl.supplementguidelines.web.idempotency;

import nl.supplementguidelines.support.PostgresApiTest;
import org.springframework.context.annotation.Import;

/** Idempotency-Key on PostgreSQL, where a concurrent duplicate waits on the claimed key and then replays. */
@PostgresApiTest
@Import(IdempotencyDemo.class)
class PostgresIdempotencyTest extends IdempotencyContract {
}
