package nl.supplementguidelines.webhook;

import nl.supplementguidelines.support.PostgresApiTest;

/** The endpoint limit on PostgreSQL, where instances share the database (an advisory lock per subject). */
@PostgresApiTest
class PostgresEndpointLimitTest extends EndpointLimitContract {
}
