package nl.supplementguidelines.language;

import org.jspecify.annotations.Nullable;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

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
    private final int textLength;

    private PlainSentence(List<String> texts, List<Integer> arguments, int arity) {
        this.texts = texts.toArray(String[]::new);
        this.arguments = arguments.stream().mapToInt(Integer::intValue).toArray();
        this.arity = arity;
        this.textLength = texts.stream().mapToInt(String::length).sum();
    }

    /** The sentence split at its placeholders, or null when one of them formats (a number, a choice). */
    static @Nullable PlainSentence of(MessageFormat format) {
        // Every placeholder, in the pattern's order: by argument index only the last use of an index would show.
        if (Arrays.stream(format.getFormats()).anyMatch(Objects::nonNull)) {
            return null;
        }
        int arity = format.getFormatsByArgumentIndex().length;
        if (arity > MAX_ARGUMENTS || format.toPattern().chars().anyMatch(c -> c >= MARK && c <= MARK + MAX_ARGUMENTS)) {
            return null;
        }
        Object[] marks = new Object[arity];
        for (int i = 0; i < arity; i++) {
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
        return new PlainSentence(texts, arguments, arity);
    }

    /** The sentence, or null when an argument is missing or not text (a count): MessageFormat writes those. */
    @Nullable String write(Object[] values) {
        if (values.length < arity) {
            return null;
        }
        for (int i = 0; i < arity; i++) {
            if (!(values[i] instanceof String)) {
                return null;
            }
        }
        int length = textLength;
        for (int argument : arguments) {
            length += ((String) values[argument]).length();
        }
        StringBuilder sentence = new StringBuilder(length);
        for (int i = 0; i < arguments.length; i++) {
            sentence.append(texts[i]).append((String) values[arguments[i]]);
        }
        return sentence.append(texts[arguments.length]).toString();
    }
}
