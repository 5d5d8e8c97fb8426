package nl.supplementguidelines.importing;

/**
 * One line of the sheet: its number (from 1) and its text without the line end and trailing blanks. Blank means any
 * space character (also a non-breaking space or a stray byte-order mark U+FEFF), as extraction leaves those invisibly.
 */
record Line(int number, String text) {

    boolean isBlank() {
        return strip(text).isEmpty();
    }

    String stripped() {
        return strip(text);
    }

    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    static String stripTrailing(String text) {
        int end = text.length();
        while (end > 0 && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
