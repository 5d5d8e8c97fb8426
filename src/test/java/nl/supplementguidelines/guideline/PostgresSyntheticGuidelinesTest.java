package nl.supplementguidelines.guideline;

import nl.supplementguidelines.support.PostgresApiTest;

/** {@link SyntheticGuidelinesContract} on PostgreSQL. */
@PostgresApiTest
class PostgresSyntheticGuidelinesTest extends SyntheticGuidelinesContract {
}
