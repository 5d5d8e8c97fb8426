package nl.supplementguidelines.web.problem;

import org.jspecify.annotations.Nullable;

import java.util.Map;

/**
 * Base of every "this resource existed and is gone for good" exception: a 410 problem of the feature's type, with the
 * members the feature adds (why, since when, where its last state still is).
 */
public abstract class ResourceGone extends RuntimeException {

    private final ProblemType type;
    private final transient Map<String, @Nullable Object> members;

    protected ResourceGone(ProblemType type, String message, Map<String, @Nullable Object> members) {
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
