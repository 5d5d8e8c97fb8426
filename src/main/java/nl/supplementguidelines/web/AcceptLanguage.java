package nl.supplementguidelines.web;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;

/**
 * The one negotiation of {@code Accept-Language}: the languages the API answers in, and which of them a header asks
 * for. The features (language/Language) and the HTTP cache (which keys answers by it) both use this, so a header can
 * never be answered in one language and cached as another. Any spelling of the header (q-values, regions, other
 * languages, garbage) collapses onto one of these few.
 */
public final class AcceptLanguage {

    /** The supported language tags, the default first. language/Language has one constant per tag. */
    public static final List<String> SUPPORTED = List.of("nl", "en");

    private AcceptLanguage() {
    }

    /** The best supported tag for the header; the default (Dutch) when it names none or is malformed. */
    public static String negotiate(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return SUPPORTED.get(0);
        }
        try {
            String best = Locale.lookupTag(Locale.LanguageRange.parse(header), SUPPORTED);
            return best == null ? SUPPORTED.get(0) : best;
        } catch (IllegalArgumentException malformed) {
            return SUPPORTED.get(0);
        }
    }
}
