package nl.supplementguidelines.editing;

import nl.supplementguidelines.web.problem.ProblemException;
import nl.supplementguidelines.web.problem.ProblemType;
import org.jspecify.annotations.Nullable;

import java.util.Arrays;

/**
 * If-Match for the writes that change what others may change too (RFC 9110 13.1.1, strong comparison): absent, a 428;
 * naming no current tag, a 412. {@code *} is refused (428): it would match whatever is there and lose an update.
 */
final class Preconditions {

    private Preconditions() {
    }

    static void check(@Nullable String ifMatch, String currentTag) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "This operation needs an If-Match header with the ETag of the representation it is based on.");
        }
        String[] tags = ifMatch.split(",");
        if (Arrays.stream(tags).map(String::strip).anyMatch("*"::equals)) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "If-Match: * is not accepted: name the ETag you read.");
        }
        if (Arrays.stream(tags).map(String::strip).noneMatch(currentTag::equals)) {
            throw stale();
        }
    }

    // The current tag is not given: a client must read what changed before it retries, not overwrite it blindly.
    static ProblemException stale() {
        return new ProblemException(ProblemType.PRECONDITION_FAILED,
                "The resource changed since you read it (or the ETag is not its): read it again and retry with its ETag.");
    }
}
