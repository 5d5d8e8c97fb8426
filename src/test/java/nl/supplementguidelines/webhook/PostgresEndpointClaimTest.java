package nl.supplementguidelines.webhook;

import nl.supplementguidelines.support.PostgresApiTest;

/** The claim on PostgreSQL, where instances of a cluster share the database. */
@PostgresApiTest
class PostgresEndpointClaimTest extends EndpointClaimContract {
}
