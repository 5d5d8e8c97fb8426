package nl.supplementguidelines.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ResultPageTest {

    private static List<Integer> items(int count) {
        return IntStream.range(0, count).boxed().toList();
    }

    @Test
    void aFullPageReachingPastALaggingCountEndsAtItsLastItem() {
        // Items were added between the page's statement and the count's: the count says 15, the page shows 20.
        ResultPage<Integer> page = ResultPage.of(1, 10, items(10), () -> 15);

        assertThat(page.totalElements()).isEqualTo(20);
        assertThat(page.totalPages()).isEqualTo(2);
    }

    @Test
    void aFullPageTakesACountThatIsAheadOfIt() {
        ResultPage<Integer> page = ResultPage.of(1, 10, items(10), () -> 35);

        assertThat(page.totalElements()).isEqualTo(35);
    }

    @Test
    void anEmptyPageBeyondTheResultKeepsTheCount() {
        ResultPage<Integer> page = ResultPage.of(3, 10, List.of(), () -> 12);

        assertThat(page.totalElements()).isEqualTo(12);
    }

    @Test
    void aPageThatIsNotFullTellsTheTotalWithoutCounting() {
        ResultPage<Integer> page = ResultPage.of(2, 10, items(4), () -> {
            throw new AssertionError("counted");
        });

        assertThat(page.totalElements()).isEqualTo(24);
    }

    @Test
    void aCountedTotalLaggingANotEmptyPageIsCorrected() {
        assertThat(ResultPage.counted(0, 10, items(7), 5).totalElements()).isEqualTo(7);
        assertThat(ResultPage.counted(0, 10, List.of(), 5).totalElements()).isEqualTo(5);
    }
}
