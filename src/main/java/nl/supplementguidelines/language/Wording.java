package nl.supplementguidelines.language;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Our sentences, from the message bundles {@code messages_nl.properties} and {@code messages_en.properties}: the one
 * place the API's Dutch and English words are written. Arguments are passed as text, so that MessageFormat does not
 * group or round numbers; only counts stay numbers, for the bundles' {@code choice} plurals (printed with {@code number,#}).
 * The bundles are those of Spring's message source ({@code spring.messages.basename}), formatted by {@link Sentences}.
 */
@Component
public class Wording {

    private final Sentences sentences;

    Wording(@Value("${spring.messages.basename:messages}") String basename) {
        this.sentences = new Sentences(basename);
    }

    /** The sentence in one language. */
    public String in(Language language, String key, @Nullable Object... arguments) {
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            texts[i] = argument instanceof Integer || argument instanceof Long ? argument
                    : argument instanceof Localized localized ? localized.in(language) : String.valueOf(argument);
        }
        return sentences.format(language, key, texts);
    }

    /** The sentence in both languages, for the resources that serve both. */
    public Text both(String key, @Nullable Object... arguments) {
        return new Text(in(Language.NL, key, arguments), in(Language.EN, key, arguments));
    }
}
