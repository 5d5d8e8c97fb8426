package nl.supplementguidelines.editing;

import nl.supplementguidelines.support.EditingPostgresApiTest;

/** The rules of an edit over real HTTP on Postgres. */
@EditingPostgresApiTest
class PostgresEditingRulesTest extends EditingRulesContract {
}
