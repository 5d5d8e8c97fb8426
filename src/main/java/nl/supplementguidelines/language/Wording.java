package nl.supplementguidelines.language;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Our sentences, from the message bundles {@code messages_nl.properties} and {@code messages_en.properties}: the one
 * place the API's Dutch and English words are written. Arguments are passed as text, so that MessageFormat does not
 * group or round numbers; only counts stay numbers, for the bundles' {@code choice} plurals (printed with {@code number,#}).
 */
@Component
public class Wording {

    private final MessageSource messages;

    Wording(MessageSource messages) {
        this.messages = messages;
    }

    /** The sentence in one language. */
    public String in(Language language, String key, @Nullable Object... arguments) {
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            texts[i] = argument instanceof Integer || argument instanceof Long ? argument
                    : argument instanceof Localized localized ? localized.in(language) : String.valueOf(argument);
        }
        return messages.getMessage(key, texts, Locale.forLanguageTag(language.tag()));
    }

    /** The sentence in both languages, for the resources that serve both. */
    public Text both(String key, @Nullable Object... arguments) {
        return new Text(in(Language.NL, key, arguments), in(Language.EN, key, arguments));
    }
}
