package nl.supplementguidelines.web.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order of the {@code errors} of a 400: by field path as a reader counts ({@code intakes[2]} before
 * {@code intakes[10]}), then by message. Bean Validation reports violations in no fixed order (it keeps them in a hash
 * set), so without this the same request could get its errors in another order from one request to the next.
 */
final class FieldOrder {

    static final Comparator<InvalidItem> ERRORS =
            Comparator.comparing(InvalidItem::name, FieldOrder::compareNames).thenComparing(InvalidItem::message);

    private FieldOrder() {
    }

    static List<InvalidItem> sorted(List<InvalidItem> errors) {
        List<InvalidItem> sorted = new ArrayList<>(errors);
        sorted.sort(ERRORS);
        return sorted;
    }

    /** Compares runs of ASCII digits by their value and everything else character by character. */
    static int compareNames(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (isDigit(x) && isDigit(y)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int byValue = compareDigits(a.substring(i, endA), b.substring(j, endB));
                if (byValue != 0) {
                    return byValue;
                }
                i = endA;
                j = endB;
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int compareDigits(String a, String b) {
        String x = a.replaceFirst("^0+(?=.)", "");
        String y = b.replaceFirst("^0+(?=.)", "");
        return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }

    private static int digitsEnd(String text, int from) {
        int end = from;
        while (end < text.length() && isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
