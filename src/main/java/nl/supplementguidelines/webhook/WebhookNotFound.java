package nl.supplementguidelines.webhook;

import nl.supplementguidelines.web.problem.ResourceNotFound;

/** No endpoint with this id belongs to the caller (another's endpoint is not found either, rather than forbidden). */
final class WebhookNotFound extends ResourceNotFound {

    WebhookNotFound(String id) {
        super("You have no webhook endpoint with id '" + (id.length() > 40 ? id.substring(0, 40) + "..." : id) + "'.");
    }
}
