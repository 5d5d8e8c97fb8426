package nl.supplementguidelines.guideline;

import nl.supplementguidelines.support.ApiTest;

/** {@link SyntheticGuidelinesContract} on the embedded H2. */
@ApiTest
class H2SyntheticGuidelinesTest extends SyntheticGuidelinesContract {
}
