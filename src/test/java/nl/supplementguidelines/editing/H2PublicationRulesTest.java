package nl.supplementguidelines.editing;

import nl.supplementguidelines.support.EditingApiTest;

/** What a publication may not do, over real HTTP on H2. */
@EditingApiTest
class H2PublicationRulesTest extends PublicationRulesContract {
}
