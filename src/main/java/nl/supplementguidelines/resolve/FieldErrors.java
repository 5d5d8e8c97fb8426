package nl.supplementguidelines.resolve;

import nl.supplementguidelines.web.problem.InvalidItem;
import nl.supplementguidelines.web.problem.InvalidRequest;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The problems found in one request, collected so that all of them are reported together. */
public final class FieldErrors {

    private record Error(FieldPath path, String message, @Nullable Object rejected) {
    }

    private final List<Error> errors = new ArrayList<>();

    public void add(FieldPath path, String message, @Nullable Object rejected) {
        errors.add(new Error(path, message, rejected));
    }

    /** A 422 naming every problem, in the order found. */
    public void throwIfAny() {
        throwIfAny(Comparator.comparingInt(path -> 0));
    }

    /** A 422 naming every problem, ordered by their paths (stable: problems of one field keep the order found). */
    public void throwIfAny(Comparator<FieldPath> order) {
        if (!errors.isEmpty()) {
            throw InvalidRequest.unprocessable(items(order));
        }
    }

    /** A 400 naming every problem with a query parameter. */
    public void throwIfAnyParameter() {
        if (!errors.isEmpty()) {
            throw InvalidRequest.invalidParameters(items(Comparator.comparingInt(path -> 0)));
        }
    }

    private List<InvalidItem> items(Comparator<FieldPath> order) {
        return errors.stream().sorted(Comparator.comparing(Error::path, order))
                .map(error -> new InvalidItem(error.path().toString(), error.message(), error.rejected())).toList();
    }
}
