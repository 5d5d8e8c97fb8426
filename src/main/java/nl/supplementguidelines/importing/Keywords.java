package nl.supplementguidelines.importing;

/** Keywords of the intro's sentences found with indexOf: one scan of a sentence, where a regex rescanned it per keyword. */
final class Keywords {

    private Keywords() {
    }

    /**
     * Where the items of a list start: after the first "waaronder" (and its blanks) that follows the first keyword, both
     * as whole words; -1 when there is none. Found with indexOf, so a long sentence is scanned once, not once per keyword.
     */
    static int itemsAfter(String lower, String keyword) {
        int key = word(lower, keyword, 0);
        if (key < 0) {
            return -1;
        }
        int such = word(lower, "waaronder", key + keyword.length());
        if (such < 0) {
            return -1;
        }
        int end = such + "waaronder".length();
        int items = end;
        while (items < lower.length() && Character.isWhitespace(lower.charAt(items))) {
            items++;
        }
        return items > end ? items : -1;
    }

    /** Lower case char by char, so that offsets stay those of the sentence (String.toLowerCase may change the length). */
    static String lowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    /** The first occurrence of the word from {@code from} that is not part of a longer word. */
    private static int word(String lower, String word, int from) {
        for (int at = lower.indexOf(word, from); at >= 0; at = lower.indexOf(word, at + 1)) {
            int after = at + word.length();
            if ((at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1))) && (after == lower.length() || !Character.isLetterOrDigit(lower.charAt(after)))) {
                return at;
            }
        }
        return -1;
    }

}
