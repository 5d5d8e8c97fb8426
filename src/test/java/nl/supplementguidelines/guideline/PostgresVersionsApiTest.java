package nl.supplementguidelines.guideline;

import nl.supplementguidelines.support.PostgresApiTest;

/** Versions over real HTTP on PostgreSQL, in the context the PostgreSQL API tests share. */
@PostgresApiTest
class PostgresVersionsApiTest extends VersionsApiContract {
}
