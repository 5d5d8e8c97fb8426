package nl.supplementguidelines.guideline;

import nl.supplementguidelines.web.problem.InvalidItem;
import nl.supplementguidelines.web.problem.InvalidRequest;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A parsed {@code q}: its words (folded, stop words left out) and, per synonym pair whose one side the query contains,
 * the query with that side replaced by the other. A guideline matches when all words of one alternative are found.
 * Bounded before any per-word work: at most {@link #MAX_WORDS} words (400 otherwise) and {@link #MAX_ALTERNATIVES}.
 */
record SearchQuery(List<Alternative> alternatives) {

    static final int MAX_WORDS = 8;
    static final int MAX_ALTERNATIVES = 9;

    /** A pair of search_synonym (V24), folded. */
    record Synonym(String term, String synonym) {
    }

    /**
     * @param words the words to find, each with its spellings (itself and words one typo away)
     * @param synonym the pair that produced this alternative, as the query's side then the other; null for the query itself
     */
    record Alternative(List<Term> words, @Nullable Synonym synonym) {
    }

    /** A query word and the spellings that count as it: itself and the known words one typo away. */
    record Term(String word, Set<String> spellings) {
    }

    static List<String> words(String q) {
        List<String> words = SearchWords.words(q);
        if (words.size() > MAX_WORDS) {
            throw InvalidRequest.invalidParameters(List.of(new InvalidItem("q", "must have at most " + MAX_WORDS + " words", InvalidItem.shorten(q))));
        }
        return words.stream().filter(word -> !SearchWords.isStopWord(word)).toList();
    }

    /**
     * @param corrections the known words one typo away from a word (asked only for words of {@link SearchWords#TYPO_MIN_LENGTH} letters or more)
     */
    static SearchQuery of(List<String> words, List<Synonym> synonyms, Function<String, Set<String>> corrections) {
        if (words.isEmpty()) {
            return new SearchQuery(List.of());
        }
        List<List<String>> variants = new ArrayList<>();
        List<@Nullable Synonym> sources = new ArrayList<>();
        variants.add(words);
        sources.add(null);
        for (Synonym pair : synonyms) {
            for (Synonym direction : List.of(pair, new Synonym(pair.synonym(), pair.term()))) {
                List<String> replaced = replace(words, direction);
                if (replaced != null && variants.size() < MAX_ALTERNATIVES && !variants.contains(replaced)) {
                    variants.add(replaced);
                    sources.add(direction);
                }
            }
        }
        java.util.Map<String, Term> terms = new java.util.HashMap<>();
        List<Alternative> alternatives = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            List<Term> resolved = variants.get(i).stream().map(word -> terms.computeIfAbsent(word, w -> term(w, corrections))).toList();
            alternatives.add(new Alternative(resolved, sources.get(i)));
        }
        return new SearchQuery(List.copyOf(alternatives));
    }

    boolean isEmpty() {
        return alternatives.isEmpty();
    }

    private static Term term(String word, Function<String, Set<String>> corrections) {
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(word);
        if (word.length() >= SearchWords.TYPO_MIN_LENGTH) {
            corrections.apply(word).stream().filter(c -> SearchWords.oneEditApart(word, c) && !SearchWords.isStopWord(c)).sorted().forEach(spellings::add);
        }
        return new Term(word, Collections.unmodifiableSet(spellings));
    }

    /** The words with the first run of the pair's term replaced by its synonym, or null when the words lack the term. */
    private static @Nullable List<String> replace(List<String> words, Synonym direction) {
        List<String> term = nonStop(direction.term());
        List<String> synonym = nonStop(direction.synonym());
        int at = term.isEmpty() || synonym.isEmpty() ? -1 : Collections.indexOfSubList(words, term);
        if (at < 0) {
            return null;
        }
        List<String> replaced = new ArrayList<>(words.subList(0, at));
        replaced.addAll(synonym);
        replaced.addAll(words.subList(at + term.size(), words.size()));
        return List.copyOf(replaced);
    }

    private static List<String> nonStop(String text) {
        return SearchWords.words(text).stream().filter(word -> !SearchWords.isStopWord(word)).toList();
    }
}
