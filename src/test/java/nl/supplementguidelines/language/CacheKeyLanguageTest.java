package nl.supplementguidelines.language;

import nl.supplementguidelines.web.AcceptLanguage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The features and the HTTP cache negotiate Accept-Language in one place (web/AcceptLanguage): the language a feature
 * answers in is the one the cache keys the answer by, for any spelling of the header, and Language has one constant per
 * supported tag.
 */
class CacheKeyLanguageTest {

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(nullValues = "null", delimiter = '|', textBlock = """
            null
            ''
            en
            EN-gb
            en-GB,en;q=0.9
            de, en;q=0.5
            en;q=0.2, nl;q=0.8
            fr
            ;;;garbage
            """)
    void theCacheKeysByTheLanguageTheFeaturesAnswerIn(String header) {
        assertThat(AcceptLanguage.negotiate(header)).isEqualTo(Language.fromAcceptLanguage(header).tag());
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(Language.class)
    void everyLanguageIsASupportedTagAndNegotiatedAsItself(Language language) {
        assertThat(AcceptLanguage.negotiate(language.tag())).isEqualTo(language.tag());
        assertThat(Language.ofTag(language.tag())).isEqualTo(language);
        assertThat(AcceptLanguage.SUPPORTED).hasSize(Language.values().length).contains(language.tag());
    }
}
