package nl.supplementguidelines.editing;

import nl.supplementguidelines.support.EditingApiTest;

/** The rules of an edit over real HTTP on H2. */
@EditingApiTest
class H2EditingRulesTest extends EditingRulesContract {
}
