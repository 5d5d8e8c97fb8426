package nl.supplementguidelines.importing;

import nl.supplementguidelines.importing.Sheet.Item;
import nl.supplementguidelines.importing.Sheet.Row;
import nl.supplementguidelines.nutrient.NutrientNames;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A state machine over the sheet's lines, one pass, each line looked at once: the title, the intro paragraph, the
 * table (header, then per row a nutrient line, effect lines and a dose line), footnotes, related guidelines and
 * attention points. The section headings switch state wherever they come, so sections may come in another order or be
 * missing. Every non-blank line gets at least one finding.
 */
final class SheetParser {

    private enum State { START, INTRO, HEADER, ROWS, FOOTNOTES, RELATED, POINTS }

    private static final Set<String> HEADER_WORDS = Set.of("nutrienten", "richtlijn", "voor", "dagdosering", "bewijskracht");
    private static final Pattern FOOTNOTE = Pattern.compile("^(\\*{1,3}|†|‡)\\s*(\\S.*)$");
    private static final Pattern BULLET = Pattern.compile("^[•·▪◦‣\\-–*]\\s*(\\S.*)$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t]]|\\x{FFFD}");

    private final Notes notes;
    private final Map<String, String> typos;
    private final NutrientNames catalogue;
    private final Sheet sheet = new Sheet();
    private State state = State.START;

    private SheetParser(Notes notes, Map<String, String> typos, NutrientNames catalogue) {
        this.notes = notes;
        this.typos = typos;
        this.catalogue = catalogue;
    }

    static Sheet parse(List<Line> lines, Notes notes, Map<String, String> typos, NutrientNames catalogue) {
        SheetParser parser = new SheetParser(notes, typos, catalogue);
        for (Line line : lines) {
            notes.step(line.text().length());
            if (!line.isBlank()) {
                parser.accept(line);
            }
        }
        return parser.sheet;
    }

    private void accept(Line line) {
        String text = line.stripped();
        if (CONTROL.matcher(text).find()) {
            notes.notUnderstood(line, "import.line.control");
            return;
        }
        checkTypos(line);
        String folded = fold(text);
        if (state == State.START) {
            sheet.title = line;
            state = State.INTRO;
        } else if (folded.startsWith("nutrienten") && state != State.ROWS && isHeaderWords(folded)) {
            heading(line, State.HEADER, "import.read.tableHeader");
        } else if (state == State.HEADER && isHeaderWords(folded)) {
            notes.read(line, "import.read.tableHeader");
        } else if (folded.equals("gerelateerde suppletierichtlijnen")) {
            heading(line, State.RELATED, "import.read.relatedHeading");
        } else if (folded.equals("aandachtspunten")) {
            heading(line, State.POINTS, "import.read.pointsHeading");
        } else if (state != State.INTRO && FOOTNOTE.matcher(text).matches() && !bulletHere(text)) {
            Matcher footnote = FOOTNOTE.matcher(text);
            footnote.matches();
            sheet.footnotes.add(new Item(line, footnote.group(1), footnote.group(2).strip()));
            notes.read(line, "import.read.footnote", footnote.group(1));
            state = State.FOOTNOTES;
        } else {
            inSection(line, text);
        }
    }

    /**
     * Under related guidelines or attention points a {@code *} line is a bullet, unless a dose refers to a footnote
     * with that marker which the sheet has not given yet (footnotes may come after the bullets).
     */
    private boolean bulletHere(String text) {
        if (state != State.RELATED && state != State.POINTS) {
            return false;
        }
        Matcher footnote = FOOTNOTE.matcher(text);
        footnote.matches();
        String marker = footnote.group(1);
        boolean referred = sheet.rows.stream().anyMatch(row -> marker.equals(row.marker));
        boolean given = sheet.footnotes.stream().anyMatch(item -> item.marker.equals(marker));
        return !referred || given;
    }

    private void heading(Line line, State next, String code) {
        notes.read(line, code);
        state = next;
    }

    private void inSection(Line line, String text) {
        switch (state) {
            case INTRO -> {
                sheet.intro.add(line);
                notes.read(line, "import.read.intro");
            }
            case HEADER, ROWS -> row(line, text);
            case FOOTNOTES -> continued(line, text, sheet.footnotes, "import.read.footnote");
            case RELATED, POINTS -> bullet(line, text, state == State.RELATED ? sheet.related : sheet.points,
                    state == State.RELATED ? "import.read.related" : "import.read.point");
            default -> notes.notUnderstood(line, "import.line.unplaced");
        }
    }

    private void row(Line line, String text) {
        state = State.ROWS;
        Row current = sheet.rows.isEmpty() ? null : sheet.rows.get(sheet.rows.size() - 1);
        if (DoseLine.onlyDots(text)) {
            loneDots(line, text, current);
            return;
        }
        DoseLine dose = DoseLine.of(text);
        if (current != null && current.dose == null && dose.looksLikeDose()) {
            current.dose = line;
            current.wording = dose.wording();
            current.marker = dose.marker();
            current.dots = dose.dots();
            current.lines.add(line);
        } else if (current == null || current.dose != null || isNutrient(text)) {
            // A catalogue name under a row without its dose starts the next row: the dose was unreadable, and the row is
            // left out with a finding instead of swallowing the next nutrient as an effect.
            sheet.rows.add(new Row(line));
        } else if (!current.effects.isEmpty() && startsLowerCase(text)) {
            current.effects.get(current.effects.size() - 1).continueWith(line);
            current.lines.add(line);
        } else {
            // The effect's finding is made when the row is taken into the draft (a row left out gets "left out" instead).
            current.effects.add(new Item(line, "", text));
            current.lines.add(line);
        }
    }

    private boolean isNutrient(String text) {
        int colon = text.indexOf(':');
        return catalogue.find(colon < 0 ? text : text.substring(0, colon)).isPresent();
    }

    /** A dots column on a line of its own (an extraction artefact): it belongs to the row above if that row has no dots yet. */
    private void loneDots(Line line, String text, Row current) {
        if (current != null && current.dose != null && current.dots == 0) {
            current.dots = DoseLine.of(text).dots();
            current.lines.add(line);
            current.joinedDots = line;
        } else {
            notes.notUnderstood(line, "import.row.loneDots");
        }
    }

    private void continued(Line line, String text, List<Item> items, String code) {
        if (!items.isEmpty() && startsLowerCase(text)) {
            items.get(items.size() - 1).continueWith(line);
            notes.read(line, code + "Continued");
        } else {
            notes.notUnderstood(line, "import.line.unplaced");
        }
    }

    /** A bullet starts an item; a line without one continues the item above (the printed line was wrapped). */
    private void bullet(Line line, String text, List<Item> items, String code) {
        Matcher bullet = BULLET.matcher(text);
        if (bullet.matches()) {
            items.add(new Item(line, "", bullet.group(1).strip()));
            notes.read(line, code);
        } else if (!items.isEmpty()) {
            items.get(items.size() - 1).continueWith(line);
            notes.read(line, code + "Continued");
        } else {
            notes.notUnderstood(line, "import.line.unplaced");
        }
    }

    private void checkTypos(Line line) {
        Matcher words = WORD.matcher(line.text());
        while (words.find()) {
            String correction = typos.get(words.group().toLowerCase(Locale.ROOT));
            if (correction != null) {
                notes.assumed(line, "import.typo", words.group(), correction);
            }
        }
    }

    private static boolean isHeaderWords(String folded) {
        for (String word : folded.split("\\s+")) {
            if (!HEADER_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    static boolean startsLowerCase(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Z}\\x{FEFF}]+", " ").strip();
    }
}
