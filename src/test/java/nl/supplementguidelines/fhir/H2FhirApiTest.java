package nl.supplementguidelines.fhir;

import nl.supplementguidelines.support.ApiTest;

/** The /fhir endpoints on the embedded H2 database, in the context the API tests share. */
@ApiTest
class H2FhirApiTest extends FhirApiContract {
}
