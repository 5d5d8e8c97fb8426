package nl.supplementguidelines.language;

import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class PlainSentenceTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Test
    void writesTextArgumentsAsMessageFormatDoesQuotesAndBracesIncluded() {
        MessageFormat format = new MessageFormat("Dat''s {1} en '{'{0}'}', nogmaals {1}.", DUTCH);
        Object[] texts = {"it's {0}", "15-20 mg"};

        PlainSentence plain = PlainSentence.of(format);

        assertThat(plain).isNotNull();
        assertThat(plain.write(texts)).isEqualTo(format.format(texts)).isEqualTo("Dat's 15-20 mg en {it's {0}}, nogmaals 15-20 mg.");
    }

    @Test
    void leavesCountsAndMissingArgumentsToMessageFormat() {
        PlainSentence plain = PlainSentence.of(new MessageFormat("{0} en {1}", DUTCH));

        assertThat(plain).isNotNull();
        assertThat(plain.write(new Object[] {"a", 2})).isNull();
        assertThat(plain.write(new Object[] {"a"})).isNull();
        assertThat(plain.write(new Object[] {"a", "b", 3})).isEqualTo("a en b");
    }

    @Test
    void aSentenceThatFormatsANumberOrAPluralIsNotPlain() {
        assertThat(PlainSentence.of(new MessageFormat("{0,number,#} keer", DUTCH))).isNull();
        assertThat(PlainSentence.of(new MessageFormat("{0,number,#} keer, en {0} als tekst", DUTCH))).isNull();
        assertThat(PlainSentence.of(new MessageFormat("Ligt boven {0,choice,0#de niveaus|1#het niveau|1<de niveaus} {1}.", DUTCH))).isNull();
        assertThat(PlainSentence.of(new MessageFormat("zonder argumenten", DUTCH)).write(new Object[0])).isEqualTo("zonder argumenten");
    }
}
