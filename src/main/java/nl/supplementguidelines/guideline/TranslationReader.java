package nl.supplementguidelines.guideline;

import nl.supplementguidelines.guideline.GuidelineViews.TranslationView;
import nl.supplementguidelines.language.Language;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The texts to serve a version in: a translation into the language asked for when the version has one, else the
 * version's own. Dutch is the original, so asking for it costs no statement.
 */
@Component
class TranslationReader {

    private final TranslationRows translations;
    private final ObjectMapper objectMapper;

    TranslationReader(TranslationRows translations, ObjectMapper objectMapper) {
        this.translations = translations;
        this.objectMapper = objectMapper;
    }

    Translated texts(Guideline guideline, Language language) {
        if (language.tag().equals(guideline.getLanguage())) {
            return Translated.ORIGINAL;
        }
        return translations.find(guideline.getId(), language.tag())
                .map(translation -> Translated.of(objectMapper.readValue(translation.texts(), TranslationTexts.class),
                        new TranslationView(translation.language(), guideline.getPublication().version(), translation.publishedAt(),
                                translation.publishedBy())))
                .orElse(Translated.ORIGINAL);
    }
}
