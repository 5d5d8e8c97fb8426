package nl.supplementguidelines.importing;

import nl.supplementguidelines.web.problem.ProblemException;
import nl.supplementguidelines.web.problem.ProblemType;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The sheet's bytes as lines, bounded before any per-line work: UTF-8 or a 400, at most {@link #MAX_LINES} lines of at
 * most {@link #MAX_LINE_LENGTH} characters or a 413, so a 10 MB line or 100,000 lines cost one scan and no parsing.
 * Line ends may be LF, CRLF or CR (Windows and old Mac extractions).
 */
final class SheetLines {

    /** A sheet is one printed page: about 100 lines. 2,000 leaves room for long sheets and loose extractions. */
    static final int MAX_LINES = 2_000;
    /** The longest line of a page, with its paragraph unwrapped, is far below this. */
    static final int MAX_LINE_LENGTH = 4_000;

    private SheetLines() {
    }

    static List<Line> of(byte[] body) {
        String text = decode(body);
        // A byte-order mark some editors write before UTF-8 text would otherwise be an invisible first character of the title.
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (Line.strip(text).isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_REQUEST_BODY, "The sheet is empty: send the text of a sheet, "
                    + "starting with its title line (for example 'Suppletierichtlijn Leaky gut').");
        }
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int length = text.length();
        while (start <= length) {
            int end = start;
            while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
                if (end - start > MAX_LINE_LENGTH) {
                    throw tooLarge("Line " + (lines.size() + 1) + " is longer than " + MAX_LINE_LENGTH + " characters");
                }
            }
            if (lines.size() == MAX_LINES) {
                throw tooLarge("The sheet has more than " + MAX_LINES + " lines");
            }
            lines.add(new Line(lines.size() + 1, Line.stripTrailing(text.substring(start, end))));
            if (end < length && text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n') {
                end++;
            }
            start = end + 1;
        }
        return lines;
    }

    private static ProblemException tooLarge(String what) {
        return new ProblemException(ProblemType.CONTENT_TOO_LARGE, what + "; a sheet has at most " + MAX_LINES + " lines of at most "
                + MAX_LINE_LENGTH + " characters. Send the text of one sheet.", java.util.Map.of("maxLines", MAX_LINES, "maxLineLength", MAX_LINE_LENGTH));
    }

    private static String decode(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new ProblemException(ProblemType.INVALID_REQUEST_BODY, "The sheet is not UTF-8 text: send the extracted text of a sheet "
                    + "as text/plain; charset=utf-8.");
        }
    }
}
