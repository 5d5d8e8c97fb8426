package nl.supplementguidelines.web.problem;

import nl.supplementguidelines.web.problem.InvalidItem;
import org.springframework.http.ProblemDetail;

import java.util.List;

/**
 * The {@code errors} of a problem and its summary in {@code detail}, both bounded: however many violations a request
 * has, the answer lists the first {@value #MAX_LISTED} and counts the rest in {@code errorsOmitted}, and the summary
 * is built in one pass over those, so a bad request never costs an answer out of proportion to it.
 */
final class ProblemErrors {

    static final int MAX_LISTED = 20;
    private static final int MAX_SUMMARY_CHARS = 2000;

    private ProblemErrors() {
    }

    /** Puts the first errors in {@code errors} and, when some were left out, their number in {@code errorsOmitted}. */
    static void attach(ProblemDetail problem, List<InvalidItem> errors) {
        problem.setProperty("errors", errors.size() <= MAX_LISTED ? errors : List.copyOf(errors.subList(0, MAX_LISTED)));
        if (errors.size() > MAX_LISTED) {
            problem.setProperty("errorsOmitted", errors.size() - MAX_LISTED);
        }
    }

    /** "'a' must not be blank; 'b' ...; and 3 more errors." over the listed errors only. */
    static String summarise(List<InvalidItem> errors) {
        if (errors.isEmpty()) {
            return "The request is invalid.";
        }
        StringBuilder summary = new StringBuilder();
        int listed = Math.min(errors.size(), MAX_LISTED);
        for (int i = 0; i < listed; i++) {
            InvalidItem error = errors.get(i);
            summary.append(i == 0 ? "'" : "; '").append(error.name()).append("' ").append(error.message());
        }
        if (summary.length() > MAX_SUMMARY_CHARS) {
            summary.setLength(MAX_SUMMARY_CHARS);
            summary.append('…');
        }
        if (errors.size() > listed) {
            summary.append("; and ").append(errors.size() - listed).append(" more (not listed)");
        }
        return summary.append('.').toString();
    }
}
