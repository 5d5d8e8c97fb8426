package nl.supplementguidelines.language;

import org.jspecify.annotations.Nullable;

import java.text.ChoiceFormat;
import java.text.DecimalFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence written by joining strings, without MessageFormat's synchronized buffer and bookkeeping: its text between
 * the placeholders exactly as MessageFormat writes it (quotes resolved), and each placeholder one MessageFormat writes
 * the same way here. That is plain ({@code {0}}) given text, which MessageFormat appends as it is; a whole number
 * ({@code {0,number,#}}) given an integer, in ASCII digits; and a plural ({@code {0,choice,0#…|1#…|1<…}}) given an
 * integer, chosen as ChoiceFormat chooses, when no choice is itself a pattern. Anything else is left to MessageFormat;
 * {@code WordingTest} compares every sentence with Spring's message source.
 */
final class PlainSentence {

    // Private-use characters mark the arguments in a trial write; a sentence that contains one is left to MessageFormat.
    private static final char MARK = '\uE000';
    private static final int MAX_ARGUMENTS = 0x100;

    private final String[] texts;
    private final int[] arguments;
    /** Per placeholder: null (plain), {@link #WHOLE_NUMBER} or a {@link Choice}. */
    private final @Nullable Object[] formats;
    private final int textLength;

    private static final Object WHOLE_NUMBER = new Object();

    /** A ChoiceFormat's limits and options, copied once (its getters copy them on every call). */
    private record Choice(double[] limits, String[] options) {
    }

    private PlainSentence(List<String> texts, List<Integer> arguments, @Nullable Object[] formats) {
        this.texts = texts.toArray(String[]::new);
        this.arguments = arguments.stream().mapToInt(Integer::intValue).toArray();
        this.formats = formats;
        this.textLength = texts.stream().mapToInt(String::length).sum();
    }

    /** The sentence split at its placeholders, or null when one of them formats in another way (a decimal, a date). */
    static @Nullable PlainSentence of(MessageFormat format) {
        // Every placeholder, in the pattern's order: by argument index only the last use of an index would show.
        Format[] placeholders = format.getFormats();
        @Nullable Object[] kinds = new Object[placeholders.length];
        for (int i = 0; i < placeholders.length; i++) {
            kinds[i] = kind(placeholders[i]);
            if (placeholders[i] != null && kinds[i] == null) {
                return null;
            }
        }
        int arity = format.getFormatsByArgumentIndex().length;
        if (arity > MAX_ARGUMENTS || format.toPattern().chars().anyMatch(c -> c >= MARK && c <= MARK + MAX_ARGUMENTS)) {
            return null;
        }
        Object[] marks = new Object[arity];
        for (int i = 0; i < arity; i++) {
            marks[i] = String.valueOf(new char[] {MARK, (char) (MARK + 1 + i)});
        }
        MessageFormat trial = (MessageFormat) format.clone();
        trial.setFormats(new Format[placeholders.length]);
        String written = trial.format(marks);
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
        return new PlainSentence(texts, arguments, kinds);
    }

    /** What this placeholder's format is here: null for none, or one this class writes; null too for any other. */
    private static @Nullable Object kind(@Nullable Format format) {
        if (format instanceof ChoiceFormat choice) {
            Object[] options = choice.getFormats();
            String[] texts = new String[options.length];
            for (int i = 0; i < options.length; i++) {
                texts[i] = options[i].toString();
                if (texts[i].indexOf('{') >= 0) {
                    return null; // MessageFormat formats such a choice again, as a pattern of its own
                }
            }
            return new Choice(choice.getLimits(), texts);
        }
        // The locale's digits and minus as Long.toString writes them (some locales write a longer minus than its sign).
        if (format instanceof DecimalFormat decimal && decimal.toPattern().equals("#")
                && decimal.format(-1234567890L).equals("-1234567890") && decimal.format(0L).equals("0")) {
            return WHOLE_NUMBER;
        }
        return null;
    }

    /** The sentence, or null when an argument is missing or of a kind its placeholder does not write here. */
    @Nullable String write(Object[] values) {
        String[] parts = new String[arguments.length];
        int length = textLength;
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] >= values.length) {
                return null;
            }
            String part = part(formats[i], values[arguments[i]]);
            if (part == null) {
                return null;
            }
            parts[i] = part;
            length += part.length();
        }
        StringBuilder sentence = new StringBuilder(length);
        for (int i = 0; i < parts.length; i++) {
            sentence.append(texts[i]).append(parts[i]);
        }
        return sentence.append(texts[parts.length]).toString();
    }

    private static @Nullable String part(@Nullable Object format, @Nullable Object value) {
        if (format == null) {
            return value instanceof String text ? text : null;
        }
        if (!(value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte)) {
            return null;
        }
        long number = ((Number) value).longValue();
        return format == WHOLE_NUMBER ? Long.toString(number) : choose((Choice) format, number);
    }

    /** ChoiceFormat's own choice: the option of the last limit the number is not below, the first when it is below all. */
    private static String choose(Choice choice, long number) {
        double x = number;
        int i = 0;
        while (i < choice.limits().length && x >= choice.limits()[i]) {
            i++;
        }
        return choice.options()[Math.max(0, i - 1)];
    }
}
