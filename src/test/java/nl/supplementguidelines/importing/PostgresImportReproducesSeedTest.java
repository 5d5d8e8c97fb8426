package nl.supplementguidelines.importing;

import nl.supplementguidelines.support.EditingPostgresApiTest;

/** The key test of the importer on PostgreSQL. */
@EditingPostgresApiTest
class PostgresImportReproducesSeedTest extends ImportReproducesSeedContract {
}
