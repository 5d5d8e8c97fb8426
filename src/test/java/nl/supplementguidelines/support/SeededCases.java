package nl.supplementguidelines.support;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Property checks in plain JUnit: a fixed seed (so a failure is reproducible by rerunning the test), many generated
 * cases, and the failing case and its number printed in the assertion message. Replaces jqwik, whose author asks AI
 * agents not to use it.
 */
public final class SeededCases {

    private static final String SYMBOLS = "µμ⁰¹²³⁴⁵⁶⁷⁸⁹–—\u00a0\u2009٠١٢٣４５";

    private SeededCases() {
    }

    /** Generates {@code count} values from {@code seed} and checks each; the first failure names the case. */
    public static <T> void check(long seed, int count, Function<Random, T> generator, Consumer<T> property) {
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            T value = generator.apply(random);
            try {
                property.accept(value);
            } catch (AssertionError | RuntimeException failure) {
                throw new AssertionError("case " + i + " of " + count + " (seed " + seed + ") failed for "
                        + describe(value) + ": " + failure.getMessage(), failure);
            }
        }
    }

    /** A string of up to {@code maxLength} characters drawn from {@code alphabet} (code points, so emoji stay whole). */
    public static String string(Random random, String alphabet, int maxLength) {
        int[] codePoints = alphabet.codePoints().toArray();
        int length = random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
        }
        return text.toString();
    }

    /**
     * Arbitrary text of up to {@code maxLength} characters: mostly ASCII, with Latin-1, dose symbols, superscripts,
     * other scripts' digits, emoji, control characters and lone surrogates mixed in, as a fuzzer would send.
     */
    public static String anyText(Random random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(8)) {
                case 0, 1, 2 -> text.append((char) (0x20 + random.nextInt(0x5f)));
                case 3 -> text.append("0123456789.,-x^ ".charAt(random.nextInt(16)));
                case 4 -> text.append((char) (0xa0 + random.nextInt(0x60)));
                case 5 -> text.append(SYMBOLS.charAt(random.nextInt(SYMBOLS.length())));
                case 6 -> text.appendCodePoint(0x1F300 + random.nextInt(0x300));
                default -> text.append((char) random.nextInt(0x10000));
            }
        }
        return text.toString();
    }

    private static String describe(Object value) {
        return value instanceof String text ? "\"" + text.replace("\"", "\\\"") + "\"" : String.valueOf(value);
    }
}
