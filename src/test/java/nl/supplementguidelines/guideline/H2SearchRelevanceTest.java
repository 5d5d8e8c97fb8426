package nl.supplementguidelines.guideline;

import nl.supplementguidelines.support.ApiTest;

@ApiTest
class H2SearchRelevanceTest extends SearchRelevanceContract {
}
