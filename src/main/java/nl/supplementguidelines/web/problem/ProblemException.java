package nl.supplementguidelines.web.problem;

import org.jspecify.annotations.Nullable;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failure a feature reports as a problem of a given type with its own detail: a conflict, a stale or missing
 * precondition, a refused publication. The exception handler writes it as that type's problem, with the extra members.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final transient Map<String, @Nullable Object> properties;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, Map.of());
    }

    public ProblemException(ProblemType type, String detail, Map<String, ? extends @Nullable Object> properties) {
        super(detail);
        this.type = type;
        this.properties = new LinkedHashMap<>(properties);
    }

    public ProblemType type() {
        return type;
    }

    public Map<String, @Nullable Object> properties() {
        return java.util.Collections.unmodifiableMap(properties);
    }

    public String detail() {
        return String.valueOf(getMessage());
    }
}
