package nl.supplementguidelines.importing;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/** The sheet's lines sorted into its parts by {@link SheetParser}, not yet checked against the catalogue. */
final class Sheet {

    @Nullable Line title;
    final List<Line> intro = new ArrayList<>();
    final List<Row> rows = new ArrayList<>();
    final List<Item> footnotes = new ArrayList<>();
    final List<Item> related = new ArrayList<>();
    final List<Item> points = new ArrayList<>();

    /** A text that may run over several lines (an effect, a footnote, a bullet), with the lines it came from. */
    static final class Item {
        final String marker;
        final List<Line> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        Item(Line first, String marker, String text) {
            this.marker = marker;
            lines.add(first);
            this.text.append(text);
        }

        void continueWith(Line line) {
            lines.add(line);
            text.append(' ').append(line.stripped());
        }

        Line first() {
            return lines.get(0);
        }

        String text() {
            return text.toString();
        }
    }

    /** One row of the table: the nutrient line, its effect lines, its dose line (wording, footnote marker, dots). */
    static final class Row {
        final Line nutrient;
        final List<Item> effects = new ArrayList<>();
        final List<Line> lines = new ArrayList<>();
        @Nullable Line dose;
        String wording = "";
        @Nullable String marker;
        int dots;
        /** A line of only dots taken as this row's evidence (its finding is made when the row is read). */
        @Nullable Line joinedDots;

        Row(Line nutrient) {
            this.nutrient = nutrient;
            lines.add(nutrient);
        }
    }
}
