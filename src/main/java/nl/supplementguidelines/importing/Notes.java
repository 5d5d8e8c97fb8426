package nl.supplementguidelines.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * The findings of one import, and a count of the work done for them: every character looked at adds a step, so a test
 * can check that the work grows linearly with the text instead of timing it. The answer stays in proportion to the
 * sheet: an argument is cut to {@link #MAX_ARGUMENT} characters, and beyond the first finding of each line at most
 * {@link #MAX_EXTRA} more are kept (one last finding says how many were not).
 */
final class Notes {

    static final int MAX_ARGUMENT = 200;
    static final int MAX_EXTRA = 1_000;

    /** An argument that is itself a message of the bundles (a kind of dose), rendered in the finding's language. */
    record Key(String code) {
    }

    private final List<Note> notes = new ArrayList<>();
    private final java.util.Set<Integer> noted = new java.util.HashSet<>();
    private int extra;
    private int dropped;
    private int firstDropped;
    private long steps;

    void add(Line line, FindingKind kind, String code, Object... arguments) {
        add(line.number(), kind, code, arguments);
    }

    void add(int line, FindingKind kind, String code, Object... arguments) {
        if (!noted.add(line)) {
            if (extra == MAX_EXTRA) {
                if (dropped++ == 0) {
                    firstDropped = line;
                }
                return;
            }
            extra++;
        }
        List<Object> texts = new ArrayList<>(arguments.length);
        for (Object argument : arguments) {
            texts.add(argument instanceof Key ? argument : shorten(String.valueOf(argument)));
        }
        notes.add(new Note(line, kind, code, List.copyOf(texts)));
    }

    void read(Line line, String code, Object... arguments) {
        add(line, FindingKind.READ, code, arguments);
    }

    void assumed(Line line, String code, Object... arguments) {
        add(line, FindingKind.ASSUMED, code, arguments);
    }

    void notUnderstood(Line line, String code, Object... arguments) {
        add(line, FindingKind.NOT_UNDERSTOOD, code, arguments);
    }

    void step(long characters) {
        steps += characters + 1;
    }

    long steps() {
        return steps;
    }

    /** The findings in line order (stable: those of one line in the order made), with the count of those not kept. */
    List<Note> all() {
        List<Note> sorted = new ArrayList<>(notes);
        if (dropped > 0) {
            sorted.add(new Note(firstDropped, FindingKind.ASSUMED, "import.findings.truncated", List.of(String.valueOf(dropped), String.valueOf(MAX_EXTRA))));
        }
        sorted.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return sorted;
    }

    static String shorten(String text) {
        return text.length() <= MAX_ARGUMENT ? text : text.substring(0, MAX_ARGUMENT - 1) + "…";
    }
}
