package nl.supplementguidelines.resolve;

import nl.supplementguidelines.support.PostgresApiTest;

@PostgresApiTest
class PostgresChecksFreshnessTest extends ChecksFreshnessContract {
}
