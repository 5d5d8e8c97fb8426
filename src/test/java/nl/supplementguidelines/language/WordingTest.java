package nl.supplementguidelines.language;

import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Wording formats every sentence as Spring's message source does, configured as application.properties configures it. */
class WordingTest {

    private final Wording wording = new Wording("messages");

    private static ResourceBundleMessageSource springMessageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setAlwaysUseMessageFormat(true);
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void everySentenceInBothLanguagesReadsAsSpringsMessageSourceWritesIt() {
        ResourceBundleMessageSource spring = springMessageSource();
        int compared = 0;
        for (Language language : Language.values()) {
            Locale locale = Locale.forLanguageTag(language.tag());
            ResourceBundle bundle = ResourceBundle.getBundle("messages", locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String key : bundle.keySet()) {
                for (int count : new int[] {0, 1, 2, 12345}) {
                    Object[] arguments = arguments(new MessageFormat(bundle.getString(key), locale), count);
                    assertThat(wording.in(language, key, arguments)).as(language + " " + key + " with " + count)
                            .isEqualTo(spring.getMessage(key, arguments, locale));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(800);
    }

    // Counts where the sentence formats a number or a plural, text (with an apostrophe and braces, which must stay as they are) elsewhere.
    private static Object[] arguments(MessageFormat format, int count) {
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] arguments = new Object[formats.length];
        for (int i = 0; i < formats.length; i++) {
            arguments[i] = formats[i] instanceof ChoiceFormat || formats[i] instanceof NumberFormat ? count : "it's {" + i + "}";
        }
        return arguments;
    }

    @Test
    void aKeyMissingFromTheBundlesFailsAsSpringsMessageSourceDoes() {
        assertThatThrownBy(() -> wording.in(Language.EN, "no.such.sentence")).isInstanceOf(NoSuchMessageException.class)
                .hasMessageContaining("no.such.sentence");
    }
}
