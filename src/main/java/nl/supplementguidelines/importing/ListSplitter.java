package nl.supplementguidelines.importing;

import java.util.ArrayList;
import java.util.List;

/** Splits a Dutch list ("a, b, c en d") at commas and its last "en", outside brackets, in one pass. */
final class ListSplitter {

    private ListSplitter() {
    }

    static List<String> split(String list) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == ',' && depth == 0) {
                add(items, list.substring(start, i));
                start = i + 1;
            }
        }
        String last = list.substring(start);
        int and = lastAnd(last);
        if (and >= 0) {
            add(items, last.substring(0, and));
            add(items, last.substring(and + 4));
        } else {
            add(items, last);
        }
        return items;
    }

    /** Whether the item has an "en" outside brackets: it may be two items or one (the list is ambiguous there). */
    static boolean hasAnd(String item) {
        return lastAnd(item) >= 0;
    }

    private static int lastAnd(String text) {
        int depth = 0;
        int found = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && text.startsWith(" en ", i)) {
                found = i;
            }
        }
        return found;
    }

    private static void add(List<String> items, String item) {
        String stripped = item.strip();
        if (!stripped.isEmpty()) {
            items.add(stripped);
        }
    }
}
