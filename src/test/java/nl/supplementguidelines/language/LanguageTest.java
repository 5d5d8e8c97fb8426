package nl.supplementguidelines.language;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTest {

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(nullValues = "null", delimiter = '|', textBlock = """
            null                 | NL
            ''                   | NL
            en                   | EN
            en-GB,en;q=0.9       | EN
            nl-NL                | NL
            de, en;q=0.5         | EN
            fr                   | NL
            en;q=0.2, nl;q=0.8   | NL
            ;;;garbage           | NL
            """)
    void picksEnglishOnlyWhenTheClientPrefersIt(String header, Language expected) {
        assertThat(Language.fromAcceptLanguage(header)).isEqualTo(expected);
    }
}
