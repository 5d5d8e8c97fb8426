package nl.supplementguidelines.editing;

import nl.supplementguidelines.support.EditingApiTest;

/** Drafts, publication and versions over real HTTP on H2. */
@EditingApiTest
class H2EditingApiTest extends EditingApiContract {
}
