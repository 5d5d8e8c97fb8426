package nl.supplementguidelines.guideline;

import nl.supplementguidelines.language.Language;

import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages a version may be translated into: English for now (the API's explanations have no third language). */
final class TranslationLanguages {

    static final List<Language> SUPPORTED = List.of(Language.EN);
    /** RFC 5646 advises room for tags of 35 characters. */
    static final int MAX_TAG = 35;

    private TranslationLanguages() {
    }

    /** The supported language a well-formed BCP 47 tag names; else an error at {@code language} (a 400: it is the path's). */
    static Optional<Language> parse(String tag, TranslationErrors errors) {
        String path = "language";
        if (tag.length() > MAX_TAG) {
            errors.add(path, "must be a BCP 47 language tag of at most " + MAX_TAG + " characters", tag.substring(0, MAX_TAG) + "…");
            return Optional.empty();
        }
        String normalised;
        try {
            normalised = new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
        } catch (IllformedLocaleException malformed) {
            errors.add(path, "must be a well-formed BCP 47 language tag, such as en", tag);
            return Optional.empty();
        }
        Optional<Language> supported = SUPPORTED.stream().filter(language -> language.tag().equals(normalised)).findFirst();
        if (supported.isEmpty()) {
            errors.add(path, "is not a language translations are accepted in (supported: "
                    + String.join(", ", SUPPORTED.stream().map(Language::tag).toList()) + ")", tag);
        }
        return supported;
    }
}
