package nl.supplementguidelines.web.problem;

import nl.supplementguidelines.web.problem.InvalidItem;

import java.util.List;

/**
 * Input that passed the schema but cannot be used: it names a nutrient, guideline, unit or medicine the API
 * does not know, or combines fields in a way that does not fit. Carries every problem found, per field, so
 * a client can fix them all at once.
 */
public class InvalidRequest extends RuntimeException {

    private final ProblemType type;
    private final transient List<InvalidItem> errors;

    private InvalidRequest(ProblemType type, List<InvalidItem> errors) {
        super(errors.isEmpty() ? "The request is invalid." : errors.get(0).name() + " " + errors.get(0).message());
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    /** A body whose fields name things the API does not know or cannot combine: 422. */
    public static InvalidRequest unprocessable(List<InvalidItem> errors) {
        return new InvalidRequest(ProblemType.UNPROCESSABLE_CONTENT, errors);
    }

    /** Query parameters that name things the API does not know: 400. */
    public static InvalidRequest invalidParameters(List<InvalidItem> errors) {
        return new InvalidRequest(ProblemType.INVALID_PARAMETER, errors);
    }

    public ProblemType type() {
        return type;
    }

    public List<InvalidItem> errors() {
        return errors;
    }
}
