package nl.supplementguidelines.changes;

import nl.supplementguidelines.web.problem.ProblemException;
import nl.supplementguidelines.web.problem.ProblemType;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An {@code after} beyond the feed's last position: a cursor this feed never gave (another or a restored database).
 * Answering empty pages would leave the client waiting forever for positions that were reused or never come; a 409 says so.
 */
class CursorBeyondEnd extends ProblemException {

    CursorBeyondEnd(long after, long lastPosition) {
        super(ProblemType.CURSOR_BEYOND_END, "The cursor 'after' (" + after + ") is beyond the feed's last position (" + lastPosition
                + "): it does not come from this feed. Resync from after=0.", members(after, lastPosition));
    }

    private static Map<String, Object> members(long after, long lastPosition) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("after", after);
        members.put("lastPosition", lastPosition);
        return members;
    }
}
