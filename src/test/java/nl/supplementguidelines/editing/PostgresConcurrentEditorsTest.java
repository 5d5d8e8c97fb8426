package nl.supplementguidelines.editing;

import nl.supplementguidelines.support.EditingPostgresApiTest;

/** Twenty concurrent editors of one draft over real HTTP on Postgres. */
@EditingPostgresApiTest
class PostgresConcurrentEditorsTest extends ConcurrentEditorsContract {
}
