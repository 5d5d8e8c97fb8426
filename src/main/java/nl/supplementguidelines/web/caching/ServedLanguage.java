package nl.supplementguidelines.web.caching;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;

/**
 * The language an {@code Accept-Language} header negotiates, as the features do (language.Language: Dutch unless the
 * header prefers English): answers in different languages are kept apart, and any spelling of the header (q-values,
 * regions, other languages) collapses onto one of these few, so a client cannot fill the cache with variants.
 */
final class ServedLanguage {

    private static final List<String> SUPPORTED = List.of("nl", "en");
    private static final String DEFAULT = "nl";

    private ServedLanguage() {
    }

    static String of(@Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT;
        }
        try {
            String best = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return best == null ? DEFAULT : best;
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
    }
}
