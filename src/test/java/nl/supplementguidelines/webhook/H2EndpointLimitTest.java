package nl.supplementguidelines.webhook;

import nl.supplementguidelines.support.WebhookApiTest;

/** The endpoint limit on H2. */
@WebhookApiTest
class H2EndpointLimitTest extends EndpointLimitContract {
}
