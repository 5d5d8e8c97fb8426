package nl.supplementguidelines.editing;

import nl.supplementguidelines.support.EditingApiTest;

/** Input the database or the arithmetic would choke on, over real HTTP on H2. */
@EditingApiTest
class H2EditingInputTest extends EditingInputContract {
}
