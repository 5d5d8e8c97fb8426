package nl.supplementguidelines.guideline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Words as both searches see them: a text folded to lower case without accents (as {@link TextSearch#normalise}),
 * split on anything but {@code a-z} and {@code 0-9} (the PostgreSQL function {@code search_fold}, V25, does the same),
 * stemmed by {@link DutchStemmer}, PostgreSQL's Dutch stop words left out.
 */
final class SearchWords {

    /** The least length of a query word that is corrected for one typo: shorter words have too many neighbours. */
    static final int TYPO_MIN_LENGTH = 5;

    private static final Set<String> STOP_WORDS = readStopWords();

    private SearchWords() {
    }

    /** The folded words of a text, in order, stop words included. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : TextSearch.normalise(text).split("[^a-z0-9]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word);
    }

    static String stem(String word) {
        return DutchStemmer.stem(word);
    }

    /** True when one insertion, deletion, substitution or swap of two neighbours turns a into b (not when equal). */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int prefix = 0;
        while (prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        if (a.length() == b.length()) {
            String restA = a.substring(prefix + 1);
            if (restA.equals(b.substring(prefix + 1))) {
                return true; // substitution
            }
            return prefix + 1 < a.length() && a.charAt(prefix) == b.charAt(prefix + 1) && a.charAt(prefix + 1) == b.charAt(prefix)
                    && a.substring(prefix + 2).equals(b.substring(prefix + 2));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return longer.substring(prefix + 1).equals(shorter.substring(prefix));
    }

    private static Set<String> readStopWords() {
        try (InputStream in = SearchWords.class.getResourceAsStream("/search/dutch.stop")) {
            if (in == null) {
                throw new IllegalStateException("search/dutch.stop is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty()).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
