package nl.supplementguidelines.editing;

import nl.supplementguidelines.support.EditingApiTest;

/** Idempotency-Key on the editing POSTs, over real HTTP on H2. */
@EditingApiTest
class H2IdempotentEditingTest extends IdempotentEditingContract {
}
