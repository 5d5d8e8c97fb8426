package nl.supplementguidelines.language;

import org.jspecify.annotations.Nullable;

import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence whose placeholders are all plain ({@code {0}}, no {@code number} or {@code choice}): its text between
 * them exactly as MessageFormat writes it (quotes resolved), so that a sentence of text arguments is written by
 * joining strings, without MessageFormat's synchronized buffer and bookkeeping. MessageFormat appends a text argument
 * as it is, so both write the same; {@code WordingTest} compares every sentence with Spring's message source.
 */
final class PlainSentence {

    // Private-use characters mark the arguments in a trial write; a sentence that contains one is left to MessageFormat.
    private static final char MARK = '\uE000';
    private static final int MAX_ARGUMENTS = 0x100;

    private final String[] texts;
    private final int[] arguments;
    private final int arity;

    private PlainSentence(List<String> texts, List<Integer> arguments, int arity) {
        this.texts = texts.toArray(String[]::new);
        this.arguments = arguments.stream().mapToInt(Integer::intValue).toArray();
        this.arity = arity;
    }

    /** The sentence split at its placeholders, or null when one of them formats (a number, a choice). */
    static @Nullable PlainSentence of(MessageFormat format) {
        Format[] formats = format.getFormatsByArgumentIndex();
        if (formats.length > MAX_ARGUMENTS || format.toPattern().chars().anyMatch(c -> c >= MARK && c <= MARK + MAX_ARGUMENTS)) {
            return null;
        }
        Object[] marks = new Object[formats.length];
        for (int i = 0; i < formats.length; i++) {
            if (formats[i] != null) {
                return null;
            }
            marks[i] = String.valueOf(new char[] {MARK, (char) (MARK + 1 + i)});
        }
        String written = ((MessageFormat) format.clone()).format(marks);
        List<String> texts = new ArrayList<>();
        List<Integer> arguments = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c == MARK) {
                texts.add(text.toString());
                text.setLength(0);
                arguments.add(written.charAt(++i) - MARK - 1);
            } else {
                text.append(c);
            }
        }
        texts.add(text.toString());
        return new PlainSentence(texts, arguments, formats.length);
    }

    /** The sentence, or null when an argument is missing or not text (a count): MessageFormat writes those. */
    @Nullable String write(Object[] values, int capacity) {
        if (values.length < arity) {
            return null;
        }
        for (int i = 0; i < arity; i++) {
            if (!(values[i] instanceof String)) {
                return null;
            }
        }
        StringBuilder sentence = new StringBuilder(capacity);
        for (int i = 0; i < arguments.length; i++) {
            sentence.append(texts[i]).append((String) values[arguments[i]]);
        }
        return sentence.append(texts[arguments.length]).toString();
    }
}
