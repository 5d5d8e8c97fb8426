package nl.supplementguidelines.web;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class AcceptLanguageTest {

    @Test
    void aRememberedHeaderIsAnsweredAsTheFirstTime() {
        for (int round = 0; round < 3; round++) {
            assertThat(AcceptLanguage.negotiate("en-GB,en;q=0.9")).isEqualTo("en");
            assertThat(AcceptLanguage.negotiate("en;q=0.2, nl;q=0.8")).isEqualTo("nl");
            assertThat(AcceptLanguage.negotiate("de, en;q=0.5")).isEqualTo("en");
            assertThat(AcceptLanguage.negotiate(";;;garbage")).isEqualTo("nl");
        }
    }

    @Test
    void rememberedHeadersStayBoundedWhileEveryHeaderIsStillNegotiated() {
        IntStream.range(0, 2 * AcceptLanguage.REMEMBERED_HEADERS).forEach(i -> {
            assertThat(AcceptLanguage.negotiate("x-" + i + ", en;q=0.5")).isEqualTo("en");
            assertThat(AcceptLanguage.negotiate("x-" + i + ", nl;q=0.5")).isEqualTo("nl");
        });

        assertThat(AcceptLanguage.remembered()).isLessThanOrEqualTo(AcceptLanguage.REMEMBERED_HEADERS);
    }

    @Test
    void aLongHeaderIsNegotiatedWithoutBeingRemembered() {
        String longHeader = "fr;q=0.1, ".repeat(AcceptLanguage.REMEMBERED_LENGTH / 10) + "en;q=0.9";
        String shortHeader = "fr;q=0.1, en;q=0.9";

        assertThat(longHeader).hasSizeGreaterThan(AcceptLanguage.REMEMBERED_LENGTH);
        assertThat(AcceptLanguage.negotiate(longHeader)).isEqualTo("en");
        assertThat(AcceptLanguage.negotiate(shortHeader)).isEqualTo("en");
        assertThat(AcceptLanguage.isRemembered(longHeader)).isFalse();
        assertThat(AcceptLanguage.isRemembered(shortHeader)).isTrue();
    }

    @Test
    void aFullMemoryStartsAgainSoThatLaterHeadersAreRememberedToo() {
        IntStream.range(0, AcceptLanguage.REMEMBERED_HEADERS).forEach(i -> AcceptLanguage.negotiate("y-" + i + ", en"));
        String later = "nl-BE, en;q=0.3";

        assertThat(AcceptLanguage.negotiate(later)).isEqualTo("nl");
        assertThat(AcceptLanguage.isRemembered(later)).isTrue();
    }
}
