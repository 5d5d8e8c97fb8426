package nl.supplementguidelines.webhook;

import nl.supplementguidelines.support.WebhookApiTest;

/** The claim on H2. */
@WebhookApiTest
class H2EndpointClaimTest extends EndpointClaimContract {
}
