package nl.supplementguidelines.web.problem;

import org.jspecify.annotations.Nullable;

import java.util.Map;

/**
 * Base of a feature's exception that is a problem of one of its own types (a withdrawn guideline: 410; a translation
 * that exists already: 409), answered with that type's status and the members the feature adds.
 */
public abstract class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final transient Map<String, @Nullable Object> members;

    protected ProblemException(ProblemType type, String message, Map<String, @Nullable Object> members) {
        super(message);
        this.type = type;
        this.members = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(members));
    }

    public ProblemType type() {
        return type;
    }

    /** The problem's extra members, in the order given. */
    public Map<String, @Nullable Object> members() {
        return members;
    }
}
