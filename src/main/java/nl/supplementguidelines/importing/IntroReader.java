package nl.supplementguidelines.importing;

import nl.supplementguidelines.guideline.GuidelineDocument.RelatedConditionInput;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The intro paragraph, unwrapped and cut into sentences (not at abbreviations such as {@code bijv.}): the sentence
 * listing causes, the one listing related conditions, the one on cause and effect, the goal, and the rest as the
 * description, in which the condition's other names are found. Lists are split at commas and the last "en" outside
 * brackets, an assumption every list gets a finding for; a list that cannot be split is kept in the description.
 */
final class IntroReader {

    record Intro(String description, List<String> alternativeNames, List<String> causes, List<RelatedConditionInput> conditions,
                 @Nullable String causality, @Nullable String goal) {
    }

    private static final Set<String> ABBREVIATIONS = Set.of("bijv", "bv", "o.a", "oa", "e.g", "i.e", "ca", "m.n", "d.w.z", "vs", "nr");
    private static final Pattern MENTIONS_LIST = Pattern.compile("(?i)\\boorzaken\\b|\\bgerelateerd aan\\b");
    private static final Pattern CAUSALITY = Pattern.compile("(?i)\\boorzaak of gevolg\\b");
    private static final Pattern GOAL = Pattern.compile("(?i)\\bals doel\\b");
    private static final Pattern SYNONYM = Pattern.compile("(?i)\\b(?:sprake|gesproken) van (?:een |de |het )?([^,;()]+?)\\.?$");
    private static final Pattern EXAMPLES_LEAD = Pattern.compile("^(?:bijv\\.|bv\\.|zoals)");

    private final Notes notes;
    private final List<Line> lines;
    private final String text;
    private final int[] starts;

    private IntroReader(List<Line> lines, Notes notes) {
        this.notes = notes;
        this.lines = lines;
        this.starts = new int[lines.size()];
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                joined.append(' ');
            }
            starts[i] = joined.length();
            joined.append(lines.get(i).stripped());
        }
        this.text = joined.toString();
    }

    static Intro read(List<Line> lines, String condition, Notes notes) {
        return new IntroReader(lines, notes).read(condition);
    }

    private Intro read(String condition) {
        List<String> description = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> causes = new ArrayList<>();
        List<RelatedConditionInput> conditions = new ArrayList<>();
        String causality = null;
        String goal = null;
        Pattern bracketed = Pattern.compile("(?i)\\b" + Pattern.quote(condition) + "\\s*\\(([^()]+)\\)");
        int start = 0;
        for (int end : sentenceEnds()) {
            String sentence = text.substring(start, end).strip();
            int at = start + (text.substring(start, end).length() - text.substring(start, end).stripLeading().length());
            String lower = Keywords.lowerCase(sentence);
            int causeList = Keywords.itemsAfter(lower, "oorzaken");
            int conditionList = Keywords.itemsAfter(lower, "gerelateerd aan");
            if (causeList >= 0 && causes.isEmpty()) {
                list(sentence, at, causeList, "import.intro.causes").forEach(item -> causes.add(item));
            } else if (conditionList >= 0 && conditions.isEmpty()) {
                for (String item : list(sentence, at, conditionList, "import.intro.conditions")) {
                    conditions.add(condition(item));
                }
            } else if (CAUSALITY.matcher(sentence).find() && causality == null) {
                causality = sentence;
                notes.read(line(at), "import.intro.causality");
            } else if (GOAL.matcher(sentence).find() && goal == null) {
                goal = sentence;
                notes.read(line(at), "import.intro.goal");
            } else {
                if (MENTIONS_LIST.matcher(sentence).find()) {
                    notes.notUnderstood(line(at), "import.intro.listNotSplit");
                }
                description.add(sentence);
                names(sentence, at, bracketed, names);
            }
            start = end;
        }
        if (description.isEmpty()) {
            notes.add(lines.isEmpty() ? 1 : lines.get(0).number(), FindingKind.NOT_UNDERSTOOD, "import.intro.noDescription");
        }
        return new Intro(String.join(" ", description), names, causes, conditions, causality, goal);
    }

    /** The items of a list sentence after its lead-in (up to "waaronder"), which is flagged as not kept. */
    private List<String> list(String sentence, int at, int itemsFrom, String code) {
        String lead = sentence.substring(0, itemsFrom).strip();
        // Once, on the lead-in's first line: on every line it spans, a long lead-in made the answer grow with its square.
        notes.assumed(line(at), "import.intro.leadIn", lead);
        String body = sentence.substring(itemsFrom).replaceAll("[.:;]+$", "").strip();
        List<String> items = ListSplitter.split(body);
        for (String item : items.subList(0, Math.max(0, items.size() - 1))) {
            if (ListSplitter.hasAnd(item)) {
                notes.assumed(line(at), "import.intro.listAmbiguous", item);
            }
        }
        // On every line the list spans, so an editor looking at any of them sees that it was split.
        for (Line spanned : lines(at, at + sentence.length())) {
            notes.assumed(spanned, code, items.size(), String.join(" | ", items));
        }
        return items;
    }

    /** "name (bijv. a, b)": the name and the examples in its last brackets, found without backtracking. */
    static RelatedConditionInput condition(String item) {
        int open = item.lastIndexOf('(');
        if (open > 0 && item.endsWith(")") && item.indexOf(')', open) == item.length() - 1) {
            String name = item.substring(0, open).strip();
            String inner = item.substring(open + 1, item.length() - 1).strip();
            Matcher lead = EXAMPLES_LEAD.matcher(inner);
            if (lead.lookingAt()) {
                inner = inner.substring(lead.end()).strip();
            }
            if (!name.isEmpty() && !inner.isEmpty()) {
                return new RelatedConditionInput(name, ListSplitter.split(inner));
            }
        }
        return new RelatedConditionInput(item, List.of());
    }

    /** Other names of the condition: in brackets after its name, or after "sprake van" / "gesproken van" at a sentence's end. */
    private void names(String sentence, int at, Pattern afterName, List<String> names) {
        Matcher bracketed = afterName.matcher(sentence);
        if (bracketed.find()) {
            add(bracketed.group(1).strip(), at, names);
        }
        // Only after the last , ; or bracket can the name run to the sentence's end: matching there scans the sentence once.
        int cut = Math.max(Math.max(sentence.lastIndexOf(','), sentence.lastIndexOf(';')), Math.max(sentence.lastIndexOf('('), sentence.lastIndexOf(')')));
        Matcher synonym = SYNONYM.matcher(sentence.substring(cut + 1));
        if (synonym.find()) {
            add(synonym.group(1).strip(), at, names);
        }
    }

    private void add(String name, int at, List<String> names) {
        if (!name.isEmpty() && !names.contains(name)) {
            names.add(name);
            notes.assumed(line(at), "import.intro.alternativeName", name);
        }
    }

    /** Ends of sentences: after . ! or ? followed by a blank and a capital (or the end), unless the word is an abbreviation. */
    private List<Integer> sentenceEnds() {
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            notes.step(0);
            char c = text.charAt(i);
            boolean last = i == text.length() - 1;
            if ((c == '.' || c == '!' || c == '?') && (last || (text.charAt(i + 1) == ' ' && i + 2 < text.length()
                    && Character.isUpperCase(text.charAt(i + 2)))) && !(c == '.' && abbreviation(i))) {
                ends.add(i + 1);
            }
        }
        if (ends.isEmpty() || ends.get(ends.size() - 1) != text.length()) {
            ends.add(text.length());
        }
        return ends;
    }

    private boolean abbreviation(int dot) {
        int from = dot;
        while (from > 0 && from > dot - 8 && !Character.isWhitespace(text.charAt(from - 1)) && text.charAt(from - 1) != '(') {
            from--;
        }
        return ABBREVIATIONS.contains(text.substring(from, dot).toLowerCase(Locale.ROOT));
    }

    private Line line(int offset) {
        return lines.get(index(offset));
    }

    /** The index of the line the offset of the joined text is on: a binary search, so finding lines stays linear overall. */
    private int index(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return Math.max(0, found >= 0 ? found : -found - 2);
    }

    private List<Line> lines(int from, int to) {
        return lines.subList(index(from), index(Math.max(from, to - 1)) + 1);
    }
}
