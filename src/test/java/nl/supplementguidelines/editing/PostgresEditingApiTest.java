package nl.supplementguidelines.editing;

import nl.supplementguidelines.support.EditingPostgresApiTest;

/** Drafts, publication and versions over real HTTP on PostgreSQL. */
@EditingPostgresApiTest
class PostgresEditingApiTest extends EditingApiContract {
}
