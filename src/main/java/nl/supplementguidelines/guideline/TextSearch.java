package nl.supplementguidelines.guideline;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Case- and accent-insensitive matching that runs the same on H2 and PostgreSQL: the database folds
 * a column with {@code lower(translate(..))}, Java folds the search term with Unicode decomposition,
 * and both arrive at the same plain lowercase text ({@code barrière} and {@code BARRIERE} both become
 * {@code barriere}). TextSearchTest keeps the two foldings in step.
 */
final class TextSearch {

    static final String ACCENTED = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝýÿ";
    static final String PLAIN = "AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOoooooUUUUuuuuYyy";
    private static final char ESCAPE = '\\';

    private TextSearch() {
    }

    /** The search term folded the way {@link #fold} folds a column. */
    static String normalise(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** A LIKE pattern that finds the folded term anywhere, with LIKE's wildcards in the term taken literally. */
    static String containsPattern(String term) {
        String folded = normalise(term.strip());
        StringBuilder pattern = new StringBuilder("%");
        for (char c : folded.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }

    static Expression<String> fold(CriteriaBuilder cb, Expression<String> column) {
        return cb.lower(cb.function("translate", String.class, column, cb.literal(ACCENTED), cb.literal(PLAIN)));
    }

    static jakarta.persistence.criteria.Predicate contains(CriteriaBuilder cb, Expression<String> column, String pattern) {
        return cb.like(fold(cb, column), pattern, ESCAPE);
    }
}
