package nl.supplementguidelines.guideline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextSearchTest {

    @Test
    void javaFoldingAgreesWithTheDatabaseTranslationForEveryAccentedLetter() {
        assertThat(TextSearch.ACCENTED).hasSameSizeAs(TextSearch.PLAIN);
        for (int i = 0; i < TextSearch.ACCENTED.length(); i++) {
            String accented = String.valueOf(TextSearch.ACCENTED.charAt(i));
            String plain = String.valueOf(TextSearch.PLAIN.charAt(i)).toLowerCase();
            assertThat(TextSearch.normalise(accented)).as("folding of %s", accented).isEqualTo(plain);
        }
    }

    @Test
    void foldsCaseAndAccents() {
        assertThat(TextSearch.normalise("Barrière ALLERGIEËN")).isEqualTo("barriere allergieen");
    }

    @Test
    void escapesLikeWildcardsInTheTerm() {
        assertThat(TextSearch.containsPattern(" 100%_a\\b ")).isEqualTo("%100\\%\\_a\\\\b%");
    }
}
