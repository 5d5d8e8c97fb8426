package nl.supplementguidelines.guideline;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Case- and accent-insensitive text: Unicode decomposition with the marks dropped, then lower case
 * ({@code barrière} and {@code BARRIERE} both become {@code barriere}), as PostgreSQL's {@code lower(unaccent(..))}
 * does in the search index (V25). The search's words are made from it ({@link SearchWords}).
 */
final class TextSearch {

    private TextSearch() {
    }

    static String normalise(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
