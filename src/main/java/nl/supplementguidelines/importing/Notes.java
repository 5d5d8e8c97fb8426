package nl.supplementguidelines.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * The findings of one import, and a count of the work done for them: every character looked at adds a step, so a test
 * can check that the work grows linearly with the text instead of timing it.
 */
final class Notes {

    private final List<Note> notes = new ArrayList<>();
    private long steps;

    void add(Line line, FindingKind kind, String code, Object... arguments) {
        add(line.number(), kind, code, arguments);
    }

    void add(int line, FindingKind kind, String code, Object... arguments) {
        List<String> texts = new ArrayList<>(arguments.length);
        for (Object argument : arguments) {
            texts.add(String.valueOf(argument));
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

    /** The findings in line order (stable: those of one line in the order made). */
    List<Note> all() {
        List<Note> sorted = new ArrayList<>(notes);
        sorted.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return sorted;
    }
}
