package nl.supplementguidelines.editing;

import nl.supplementguidelines.support.EditingApiTest;

/** Twenty concurrent editors of one draft over real HTTP on H2. */
@EditingApiTest
class H2ConcurrentEditorsTest extends ConcurrentEditorsContract {
}
