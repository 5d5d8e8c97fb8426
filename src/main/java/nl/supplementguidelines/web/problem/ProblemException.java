package nl.supplementguidelines.web.problem;

import org.jspecify.annotations.Nullable;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failure a feature reports as a problem of one of its types with its own detail (a conflict, a stale or missing
 * precondition, a refused publication, a withdrawn guideline), answered with that type's status and the members the
 * feature adds, in the order given.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final transient Map<String, @Nullable Object> members;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, Map.of());
    }

    public ProblemException(ProblemType type, String detail, Map<String, ? extends @Nullable Object> members) {
        super(detail);
        this.type = type;
        this.members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    /** A 409 {@code /problems/conflict}: the request is sound but the resource's state does not allow it now. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public ProblemType type() {
        return type;
    }

    /** The problem's extra members, in the order given. */
    public Map<String, @Nullable Object> members() {
        return members;
    }

    public String detail() {
        return String.valueOf(getMessage());
    }
}
