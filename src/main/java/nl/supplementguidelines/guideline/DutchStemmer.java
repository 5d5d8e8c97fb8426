package nl.supplementguidelines.guideline;

/**
 * The Snowball Dutch stemmer (snowballstem.org/algorithms/dutch), the one PostgreSQL's {@code dutch} configuration
 * uses, for the H2 search: both databases must reduce {@code darmen} and {@code darm} to the same stem. Works on
 * folded words (lower case, no accents: {@link SearchWords}), so the algorithm's accent step is already done.
 */
final class DutchStemmer {

    private DutchStemmer() {
    }

    static String stem(String word) {
        StringBuilder w = new StringBuilder(word);
        markSemiVowels(w);
        int unadjusted = region(w, 0);
        int r2 = region(w, unadjusted);
        // R1 leaves at least three letters before it; R2 is found from where R1 was before that adjustment.
        int r1 = Math.max(unadjusted, 3);
        boolean eFound;
        step1(w, r1);
        eFound = step2(w, r1);
        step3a(w, r1, r2);
        step3b(w, r1, r2, eFound);
        step4(w);
        return w.toString().replace('Y', 'y').replace('I', 'i');
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'è';
    }

    /** Initial y, y after a vowel and i between vowels are consonants: upper case marks them. */
    private static void markSemiVowels(StringBuilder w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == 'y' && (i == 0 || vowel(w.charAt(i - 1)))) {
                w.setCharAt(i, 'Y');
            } else if (c == 'i' && i > 0 && i + 1 < w.length() && vowel(w.charAt(i - 1)) && vowel(w.charAt(i + 1))) {
                w.setCharAt(i, 'I');
            }
        }
    }

    /** The region after the first non-vowel following a vowel, from {@code from} on. */
    private static int region(CharSequence w, int from) {
        for (int i = from + 1; i < w.length(); i++) {
            if (!vowel(w.charAt(i)) && vowel(w.charAt(i - 1))) {
                return i + 1;
            }
        }
        return w.length();
    }

    private static boolean endsWith(CharSequence w, String suffix) {
        int start = w.length() - suffix.length();
        return start >= 0 && w.subSequence(start, w.length()).toString().equals(suffix);
    }

    private static void undouble(StringBuilder w) {
        if (endsWith(w, "kk") || endsWith(w, "dd") || endsWith(w, "tt")) {
            w.setLength(w.length() - 1);
        }
    }

    /** A valid en-ending: preceded by a non-vowel and not by "gem". */
    private static boolean deleteEn(StringBuilder w, int suffixLength, int r1) {
        int start = w.length() - suffixLength;
        if (start < r1 || start == 0 || vowel(w.charAt(start - 1)) || w.substring(0, start).endsWith("gem")) {
            return false;
        }
        w.setLength(start);
        undouble(w);
        return true;
    }

    private static void step1(StringBuilder w, int r1) {
        if (endsWith(w, "heden")) {
            if (w.length() - 5 >= r1) {
                w.replace(w.length() - 5, w.length(), "heid");
            }
        } else if (endsWith(w, "ene")) {
            deleteEn(w, 3, r1);
        } else if (endsWith(w, "en")) {
            deleteEn(w, 2, r1);
        } else if (endsWith(w, "se") || endsWith(w, "s")) {
            int start = w.length() - (endsWith(w, "se") ? 2 : 1);
            if (start >= r1 && start > 0 && !vowel(w.charAt(start - 1)) && w.charAt(start - 1) != 'j') {
                w.setLength(start);
            }
        }
    }

    private static boolean step2(StringBuilder w, int r1) {
        int start = w.length() - 1;
        if (endsWith(w, "e") && start >= r1 && start > 0 && !vowel(w.charAt(start - 1))) {
            w.setLength(start);
            undouble(w);
            return true;
        }
        return false;
    }

    private static void step3a(StringBuilder w, int r1, int r2) {
        int start = w.length() - 4;
        if (endsWith(w, "heid") && start >= r2 && (start == 0 || w.charAt(start - 1) != 'c')) {
            w.setLength(start);
            if (endsWith(w, "en")) {
                deleteEn(w, 2, r1);
            }
        }
    }

    private static void step3b(StringBuilder w, int r1, int r2, boolean eFound) {
        if (endsWith(w, "end") || endsWith(w, "ing")) {
            int start = w.length() - 3;
            if (start >= r2) {
                w.setLength(start);
                if (endsWith(w, "ig") && w.length() - 2 >= r2 && (w.length() < 3 || w.charAt(w.length() - 3) != 'e')) {
                    w.setLength(w.length() - 2);
                } else {
                    undouble(w);
                }
            }
        } else if (endsWith(w, "ig")) {
            int start = w.length() - 2;
            if (start >= r2 && (start == 0 || w.charAt(start - 1) != 'e')) {
                w.setLength(start);
            }
        } else if (endsWith(w, "lijk")) {
            if (w.length() - 4 >= r2) {
                w.setLength(w.length() - 4);
                step2(w, r1);
            }
        } else if (endsWith(w, "baar")) {
            if (w.length() - 4 >= r2) {
                w.setLength(w.length() - 4);
            }
        } else if (endsWith(w, "bar") && eFound && w.length() - 3 >= r2) {
            w.setLength(w.length() - 3);
        }
    }

    /** A double vowel before a final non-vowel loses one: maan becomes man. */
    private static void step4(StringBuilder w) {
        int n = w.length();
        if (n >= 4) {
            char c = w.charAt(n - 4);
            char v1 = w.charAt(n - 3);
            char v2 = w.charAt(n - 2);
            char d = w.charAt(n - 1);
            if (!vowel(c) && v1 == v2 && "aeou".indexOf(v1) >= 0 && !vowel(d) && d != 'I') {
                w.deleteCharAt(n - 2);
            }
        }
    }
}
