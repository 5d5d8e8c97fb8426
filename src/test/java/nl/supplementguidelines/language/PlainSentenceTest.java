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
    void writesWholeNumbersAndPluralsOfIntegersAsMessageFormatDoes() {
        for (Locale locale : new Locale[] {DUTCH, Locale.ENGLISH}) {
            MessageFormat format = new MessageFormat("Rij {0,number,#}: {1,choice,0#geen niveaus|1#één niveau|1<niveaus} ({1,number,#}, {2}).",
                    locale);
            PlainSentence plain = PlainSentence.of(format);
            assertThat(plain).isNotNull();
            for (Object number : new Object[] {0, 1, 2, -1, -5, 12345, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE,
                    7L, (short) 3, (byte) -2}) {
                Object[] values = {number, number, "tekst"};
                assertThat(plain.write(values)).as("%s %s", locale, number).isEqualTo(format.format(values));
            }
        }
    }

    @Test
    void leavesDecimalsAndOtherArgumentsOfNumbersToMessageFormat() {
        PlainSentence plain = PlainSentence.of(new MessageFormat("{0,number,#} keer, {1,choice,0#nul|1#een|1<meer}", DUTCH));

        assertThat(plain).isNotNull();
        assertThat(plain.write(new Object[] {3, 2})).isEqualTo("3 keer, meer");
        assertThat(plain.write(new Object[] {new java.math.BigDecimal("1.5"), 1})).isNull();
        assertThat(plain.write(new Object[] {3, 1.0})).isNull();
        assertThat(plain.write(new Object[] {"3", 1})).isNull();
        assertThat(plain.write(new Object[] {null, 1})).isNull();
        assertThat(plain.write(new Object[] {3})).isNull();
    }

    @Test
    void aSentenceWithAnotherFormatOrAChoiceThatIsAPatternIsNotPlain() {
        assertThat(PlainSentence.of(new MessageFormat("{0,number,#.#} keer", DUTCH))).isNull();
        assertThat(PlainSentence.of(new MessageFormat("{0,number,integer} keer", DUTCH))).isNull();
        assertThat(PlainSentence.of(new MessageFormat("{0,number} keer, en {0} als tekst", DUTCH))).isNull();
        assertThat(PlainSentence.of(new MessageFormat("op {0,date}", DUTCH))).isNull();
        assertThat(PlainSentence.of(new MessageFormat("{0,choice,0#geen|1#een|1<{0} stuks}", DUTCH))).isNull();
        assertThat(PlainSentence.of(new MessageFormat("zonder argumenten", DUTCH)).write(new Object[0])).isEqualTo("zonder argumenten");
    }
}
