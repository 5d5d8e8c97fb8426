package nl.supplementguidelines.webhook;

import nl.supplementguidelines.web.problem.ProblemException;
import nl.supplementguidelines.web.problem.ProblemType;

import java.util.Map;

/** A URL the SSRF guard refuses: 400, with the reason. */
class WebhookTargetRefused extends ProblemException {

    WebhookTargetRefused(String reason) {
        super(ProblemType.WEBHOOK_TARGET_REFUSED, "The webhook URL is refused: " + reason + ".", Map.of("reason", reason));
    }
}
