package nl.supplementguidelines.editing;

import nl.supplementguidelines.support.EditingPostgresApiTest;

/** What a publication may not do, over real HTTP on PostgreSQL. */
@EditingPostgresApiTest
class PostgresPublicationRulesTest extends PublicationRulesContract {
}
