package nl.supplementguidelines.language;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Both languages say every sentence, and every sentence is a valid MessageFormat (so an apostrophe cannot vanish unseen). */
class MessageBundlesTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(MessageBundlesTest.class.getResourceAsStream("/" + name)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void dutchAndEnglishHaveTheSameSentencesAndTheBaseBundleNone() throws IOException {
        Properties dutch = bundle("messages_nl.properties");
        Properties english = bundle("messages_en.properties");

        assertThat(dutch.stringPropertyNames()).isNotEmpty().isEqualTo(english.stringPropertyNames());
        assertThat(bundle("messages.properties")).isEmpty();
    }

    @Test
    void everySentenceIsAMessageFormatThatKeepsItsApostrophes() throws IOException {
        for (String name : new String[] {"messages_nl.properties", "messages_en.properties"}) {
            Properties messages = bundle(name);
            for (String key : messages.stringPropertyNames()) {
                String pattern = messages.getProperty(key);
                assertThatCode(() -> new MessageFormat(pattern, Locale.ROOT)).as(name + " " + key).doesNotThrowAnyException();
                assertThat(pattern.replace("''", "")).as(name + " " + key + ": a single apostrophe would start a quote").doesNotContain("'");
            }
        }
        assertThat(new MessageFormat(bundle("messages_en.properties").getProperty("regimen.subject"), Locale.ROOT).format(new Object[] {"15-20 mg"}))
                .isEqualTo("The plan's daily dose (15-20 mg)");
    }
}
