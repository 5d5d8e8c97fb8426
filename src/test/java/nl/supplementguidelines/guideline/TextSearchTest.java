package nl.supplementguidelines.guideline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextSearchTest {

    @Test
    void foldsCaseAndAccents() {
        assertThat(TextSearch.normalise("Barrière ALLERGIEËN cafeïne")).isEqualTo("barriere allergieen cafeine");
    }

    @Test
    void splitsTextIntoFoldedWordsOfLettersAndDigits() {
        assertThat(SearchWords.words("L-glutamine, 100% Vitamine-B12 (cafeïne)_x")).containsExactly("l", "glutamine", "100", "vitamine", "b12", "cafeine", "x");
        assertThat(SearchWords.words("%_;")).isEmpty();
    }

    @Test
    void knowsPostgresqlsDutchStopWords() {
        assertThat(SearchWords.isStopWord("de")).isTrue();
        assertThat(SearchWords.isStopWord("darm")).isFalse();
    }
}
