package nl.supplementguidelines.web.caching;

import nl.supplementguidelines.support.PostgresApiTest;

@PostgresApiTest
class PostgresRevisionRowGoneTest extends RevisionRowGoneContract {
}
