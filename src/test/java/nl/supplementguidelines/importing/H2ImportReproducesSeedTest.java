package nl.supplementguidelines.importing;

import nl.supplementguidelines.support.EditingApiTest;

/** The key test of the importer on H2. */
@EditingApiTest
class H2ImportReproducesSeedTest extends ImportReproducesSeedContract {
}
