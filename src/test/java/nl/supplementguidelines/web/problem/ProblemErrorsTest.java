package nl.supplementguidelines.web.problem;

import nl.supplementguidelines.web.problem.InvalidItem;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemErrorsTest {

    private static List<InvalidItem> errors(int count) {
        return IntStream.range(0, count).mapToObj(i -> new InvalidItem("guidelines[" + i + "]", "must not be blank", "")).toList();
    }

    @Test
    void listsTheFirst20ErrorsAndCountsTheRest() {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);

        ProblemErrors.attach(problem, errors(100_000));

        assertThat((List<?>) problem.getProperties().get("errors")).hasSize(20).first()
                .isEqualTo(new InvalidItem("guidelines[0]", "must not be blank", ""));
        assertThat(problem.getProperties().get("errorsOmitted")).isEqualTo(99_980);
    }

    @Test
    void listsAFewErrorsInFullWithoutACount() {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);

        ProblemErrors.attach(problem, errors(20));

        assertThat((List<?>) problem.getProperties().get("errors")).hasSize(20);
        assertThat(problem.getProperties()).doesNotContainKey("errorsOmitted");
    }

    @Test
    void summarisesOnlyTheListedErrors() {
        String summary = ProblemErrors.summarise(errors(100_000));

        assertThat(summary).startsWith("'guidelines[0]' must not be blank; 'guidelines[1]' must not be blank;")
                .contains("'guidelines[19]' must not be blank; and 99980 more (not listed).")
                .doesNotContain("guidelines[20]");
        assertThat(summary.length()).isLessThan(1000);
    }

    @Test
    void boundsTheSummaryOfLongMessages() {
        List<InvalidItem> long20 = IntStream.range(0, 20).mapToObj(i -> new InvalidItem("f" + i, "x".repeat(5_000), null)).toList();

        assertThat(ProblemErrors.summarise(long20).length()).isLessThanOrEqualTo(2_002);
        assertThat(ProblemErrors.summarise(List.of(new InvalidItem("intakes", "size must be between 1 and 50", null))))
                .isEqualTo("'intakes' size must be between 1 and 50.");
    }
}
