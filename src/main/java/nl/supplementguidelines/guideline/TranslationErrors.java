package nl.supplementguidelines.guideline;

import nl.supplementguidelines.web.problem.InvalidItem;
import nl.supplementguidelines.web.problem.InvalidRequest;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems of one translation, collected and reported together. Its own small collector rather than
 * resolve.FieldErrors: the resolve module depends on this one (GuidelineDoses), and modules must not form a cycle.
 */
final class TranslationErrors {

    private final List<InvalidItem> items = new ArrayList<>();

    void add(String path, String message, @Nullable Object rejected) {
        items.add(new InvalidItem(path, message, rejected));
    }

    /** A 422 naming every problem with the body, in the order found. */
    void throwIfAny() {
        if (!items.isEmpty()) {
            throw InvalidRequest.unprocessable(items);
        }
    }

    /** A 400 naming every problem with a path parameter. */
    void throwIfAnyParameter() {
        if (!items.isEmpty()) {
            throw InvalidRequest.invalidParameters(items);
        }
    }
}
