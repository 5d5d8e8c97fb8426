/**
 * Webhooks (README "Webhooks"): consumers with the scope {@code webhooks:manage} register endpoints and receive every
 * change-feed event as a POST signed as the Standard Webhooks specification says. The change feed is the outbox: each
 * endpoint keeps a cursor in the database, and {@link nl.supplementguidelines.webhook.WebhookDispatcher} delivers the
 * events after it, in order, at least once, retrying with backoff and jitter until the endpoint is disabled.
 */
@NullMarked
package nl.supplementguidelines.webhook;

import org.jspecify.annotations.NullMarked;
