package nl.supplementguidelines.web.problem;

import org.jspecify.annotations.Nullable;

/**
 * One invalid parameter or field of a problem's {@code errors}: which one, why it was refused and what was sent
 * (shortened; null when nothing was sent). Features build them for their own checks, the exception handler for
 * Spring's.
 */
public record InvalidItem(String name, String message, @Nullable Object rejectedValue) {

    private static final int MAX_ECHOED_VALUE = 100;

    /** The value sent as an error echoes it: so that an answer is never out of proportion to the request. */
    public static @Nullable Object shorten(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof java.util.Collection<?> items) {
            // A list is described, not printed: printing 20,000 elements to keep the first 100 characters is waste.
            return "a list of " + items.size() + " items";
        }
        String text = String.valueOf(value);
        if (text.length() <= MAX_ECHOED_VALUE || text.codePointCount(0, text.length()) <= MAX_ECHOED_VALUE) {
            return text;
        }
        // Cut between code points, never inside a surrogate pair (an emoji), and count as the limits do.
        return text.substring(0, text.offsetByCodePoints(0, MAX_ECHOED_VALUE)) + "…";
    }
}
