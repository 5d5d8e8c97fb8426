package nl.supplementguidelines.editing;

/** Twenty concurrent editors of one draft over real HTTP on Postgres. */
@EditingPostgresTest
class PostgresConcurrentEditorsTest extends ConcurrentEditorsContract {
}
