package nl.supplementguidelines.editing;

import nl.supplementguidelines.support.EditingApiTest;

/** The audit record and feed event of every editing operation, over real HTTP on H2. */
@EditingApiTest
class H2EditingRecordsTest extends EditingRecordsContract {
}
