package nl.supplementguidelines.editing;

import nl.supplementguidelines.support.EditingPostgresApiTest;

/** Input the database or the arithmetic would choke on, over real HTTP on PostgreSQL. */
@EditingPostgresApiTest
class PostgresEditingInputTest extends EditingInputContract {
}
