package nl.supplementguidelines.editing;

/** Drafts, publication and versions over real HTTP on PostgreSQL. */
@EditingPostgresTest
class PostgresEditingApiTest extends EditingApiContract {
}
