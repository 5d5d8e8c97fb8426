package nl.supplementguidelines;

import nl.supplementguidelines.support.PostgresApiTest;

/** The same API tests over real HTTP on a real PostgreSQL, with the production profile ({@code postgres}). */
@PostgresApiTest
class PostgresFullStackApiTest extends FullStackApiContract {
}
