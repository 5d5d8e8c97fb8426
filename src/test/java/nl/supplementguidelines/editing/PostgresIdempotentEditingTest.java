package nl.supplementguidelines.editing;

import nl.supplementguidelines.support.EditingPostgresApiTest;

/** Idempotency-Key on the editing POSTs, over real HTTP on PostgreSQL. */
@EditingPostgresApiTest
class PostgresIdempotentEditingTest extends IdempotentEditingContract {
}
