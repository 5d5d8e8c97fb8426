package nl.supplementguidelines.interaction;

import nl.supplementguidelines.web.problem.ResourceNotFound;

class InteractionNotFound extends ResourceNotFound {

    private InteractionNotFound(String message) {
        super(message);
    }

    static InteractionNotFound forRow(int row) {
        return new InteractionNotFound("There is no interaction row " + row + ". GET /api/v1/interactions lists them.");
    }
}
