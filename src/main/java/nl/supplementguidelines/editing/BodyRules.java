package nl.supplementguidelines.editing;

import nl.supplementguidelines.web.problem.InvalidItem;
import jakarta.validation.Validator;
import nl.supplementguidelines.resolve.FieldErrors;
import org.springframework.stereotype.Component;

/**
 * The rules of the small editing bodies (a change note, a withdrawal reason) as one 422 by field path, like a
 * document's: a blank note is a field that breaks its rule, not a body the API cannot read (that stays a 400).
 */
@Component
class BodyRules {

    private final Validator validator;

    BodyRules(Validator validator) {
        this.validator = validator;
    }

    /** @throws nl.supplementguidelines.web.problem.InvalidRequest a 422 naming every field that breaks its rule */
    void check(Object body) {
        FieldErrors errors = new FieldErrors();
        validator.validate(body).forEach(v -> errors.add(ViolationPaths.of(v), v.getMessage(),
                v.getInvalidValue() == null ? null : InvalidItem.shorten(v.getInvalidValue())));
        errors.throwIfAny(ViolationPaths.ORDER);
    }
}
