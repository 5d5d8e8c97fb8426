package nl.supplementguidelines.guideline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DutchStemmerTest {

    /** The stems PostgreSQL 15's dutch configuration gives (to_tsvector('dutch', word)), recorded in the file. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvFileSource(resources = "/search/postgres-dutch-stems.tsv", delimiter = '\t')
    void stemsAsPostgresqlsDutchConfigurationDoes(String word, String postgresStem) {
        assertThat(DutchStemmer.stem(word)).isEqualTo(postgresStem);
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({"lekende, lekkende, true", "darmen, darmne, true", "zinc, zink, true", "glutamine, glutamine, false",
            "glutamine, glutamien, true", "glutamine, glutamnie, true", "darm, darmen, false", "barriere, barierre, false"})
    void countsOneInsertionDeletionSubstitutionOrSwapAsOneEdit(String a, String b, boolean oneEdit) {
        assertThat(SearchWords.oneEditApart(a, b)).isEqualTo(oneEdit);
        assertThat(SearchWords.oneEditApart(b, a)).isEqualTo(oneEdit);
    }
}
