package nl.supplementguidelines.guideline;

import nl.supplementguidelines.support.ApiTest;

/** Versions over real HTTP on the embedded H2 database, in the context the API tests share. */
@ApiTest
class H2VersionsApiTest extends VersionsApiContract {
}
