package nl.supplementguidelines.web.admission;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.exc.StreamConstraintsException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in plain words which limit of the JSON reader a body broke (nesting depth, number or string length), from
 * Jackson's {@link StreamConstraintsException}, whose own message names internal classes.
 */
public final class ReadLimits {

    private static final Pattern MAXIMUM = Pattern.compile("maximum allowed \\((\\d{1,12})");

    private ReadLimits() {
    }

    /** A sentence naming the broken limit, or null when {@code failure} was not caused by one. */
    public static @Nullable String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof StreamConstraintsException limit) {
                String message = String.valueOf(limit.getOriginalMessage());
                Matcher maximum = MAXIMUM.matcher(message);
                String max = maximum.find() ? maximum.group(1) : null;
                if (message.startsWith("Document nesting depth")) {
                    return "It nests arrays and objects deeper than " + (max == null ? "allowed" : max + " levels") + ".";
                }
                if (message.startsWith("Number value length")) {
                    return "It has a number longer than " + (max == null ? "allowed" : max + " characters") + ".";
                }
                if (message.startsWith("String value length")) {
                    return "It has a string longer than " + (max == null ? "allowed" : max + " characters") + ".";
                }
                return "It breaks a size limit of the JSON reader.";
            }
        }
        return null;
    }
}
