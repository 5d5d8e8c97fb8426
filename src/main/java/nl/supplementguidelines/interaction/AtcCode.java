package nl.supplementguidelines.interaction;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An ATC code (WHO Anatomical Therapeutic Chemical classification) at any of its five levels:
 * {@code J}, {@code J01}, {@code J01M}, {@code J01MA}, {@code J01MA02}. A medicine falls under every group
 * whose code is a prefix of its own.
 */
record AtcCode(String value) {

    static final String PATTERN = "^[A-Za-z](\\d{2}([A-Za-z]([A-Za-z](\\d{2})?)?)?)?$";
    private static final Pattern VALID = Pattern.compile(PATTERN);

    static boolean isValid(String text) {
        return text != null && VALID.matcher(text.strip()).matches();
    }

    static AtcCode parse(String text) {
        if (!isValid(text)) {
            throw new IllegalArgumentException("not an ATC code: " + text);
        }
        return new AtcCode(text.strip().toUpperCase(Locale.ROOT));
    }

    /** Whether a medicine with this code falls under the group with that code (J01MA02 falls under J01MA and J01). */
    boolean fallsUnder(String groupCode) {
        return value.startsWith(groupCode);
    }
}
