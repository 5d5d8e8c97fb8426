package nl.supplementguidelines.importing;

import nl.supplementguidelines.guideline.GuidelineDocument;
import nl.supplementguidelines.nutrient.NutrientNames;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/** One reading of a sheet, without the database: the lines, the document if one could be made, the findings and the work. */
record SheetReading(List<Line> lines, Optional<GuidelineDocument> document, List<Note> notes, long steps) {

    static SheetReading of(String slug, byte[] body, NutrientNames catalogue, Set<Integer> levels, Map<String, String> typos,
            BiFunction<String, Object[], String> english) {
        List<Line> lines = SheetLines.of(body);
        Notes notes = new Notes();
        Sheet sheet = SheetParser.parse(lines, notes, typos, catalogue);
        Optional<GuidelineDocument> document = new DraftAssembler(notes, catalogue, levels, english).assemble(slug, sheet);
        if (sheet.title != null && document.isEmpty()) {
            notes.notUnderstood(sheet.title, "import.noDraft");
        }
        return new SheetReading(lines, document, notes.all(), notes.steps());
    }
}
