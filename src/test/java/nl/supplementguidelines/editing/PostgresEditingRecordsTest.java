package nl.supplementguidelines.editing;

import nl.supplementguidelines.support.EditingPostgresApiTest;

/** The audit record and feed event of every editing operation, over real HTTP on PostgreSQL. */
@EditingPostgresApiTest
class PostgresEditingRecordsTest extends EditingRecordsContract {
}
