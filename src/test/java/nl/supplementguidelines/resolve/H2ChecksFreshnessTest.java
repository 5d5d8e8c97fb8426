package nl.supplementguidelines.resolve;

import nl.supplementguidelines.support.ApiTest;

@ApiTest
class H2ChecksFreshnessTest extends ChecksFreshnessContract {
}
