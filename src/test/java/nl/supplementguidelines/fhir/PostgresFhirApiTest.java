package nl.supplementguidelines.fhir;

import nl.supplementguidelines.support.PostgresApiTest;

/** The /fhir endpoints on PostgreSQL (the version search is plain SQL), in the context the PostgreSQL API tests share. */
@PostgresApiTest
class PostgresFhirApiTest extends FhirApiContract {
}
