package nl.supplementguidelines.editing;

/** The rules of an edit over real HTTP on Postgres. */
@EditingPostgresTest
class PostgresEditingRulesTest extends EditingRulesContract {
}
