package nl.supplementguidelines.importing;

import nl.supplementguidelines.dose.ParsedDose;
import nl.supplementguidelines.guideline.GuidelineDocument;
import nl.supplementguidelines.guideline.GuidelineDocument.DoseInput;
import nl.supplementguidelines.guideline.GuidelineDocument.RecommendationInput;
import nl.supplementguidelines.importing.Sheet.Item;
import nl.supplementguidelines.importing.Sheet.Row;
import nl.supplementguidelines.nutrient.NutrientInfo;
import nl.supplementguidelines.nutrient.NutrientNames;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the sorted sheet into a draft document: each row's nutrient found in the catalogue (never invented), its dose
 * read by the dose module, its dots on the evidence scale, its footnote marker among the footnotes. A row that cannot
 * be a valid recommendation is left out with a finding on each of its lines; the rest of the sheet still imports.
 */
final class DraftAssembler {

    private static final String SERIES = "Suppletierichtlijn ";
    private static final Pattern TABLE_REFERENCE = Pattern.compile("(?i)\\btabel\\s+(\\d+)");

    private final Notes notes;
    private final NutrientNames catalogue;
    private final Set<Integer> levels;
    /** Renders an English sentence of ours (editorial notes and the source's description are in English, as in the seed). */
    private final BiFunction<String, Object[], String> english;
    private final List<String> editorialNotes = new ArrayList<>();

    DraftAssembler(Notes notes, NutrientNames catalogue, Set<Integer> levels, BiFunction<String, Object[], String> english) {
        this.notes = notes;
        this.catalogue = catalogue;
        this.levels = levels;
        this.english = english;
    }

    /** The document, or empty when the sheet has no title or no description (findings say which). */
    Optional<GuidelineDocument> assemble(String slug, Sheet sheet) {
        Line titleLine = sheet.title;
        if (titleLine == null) {
            return Optional.empty();
        }
        String sourceTitle = titleLine.stripped();
        String title = title(titleLine, sourceTitle);
        IntroReader.Intro intro = IntroReader.read(sheet.intro, title, notes);
        List<GuidelineDocument.FootnoteInput> footnotes = sheet.footnotes.stream()
                .map(footnote -> new GuidelineDocument.FootnoteInput(footnote.marker, footnote.text())).toList();
        List<RecommendationInput> recommendations = recommendations(sheet.rows, footnotes);
        List<NutrientInfo> rowNutrients = recommendations.stream().map(r -> catalogue.find(r.nutrient()).orElseThrow()).toList();
        List<GuidelineDocument.AttentionPointInput> points = sheet.points.stream().map(point -> point(point, rowNutrients)).toList();
        List<GuidelineDocument.RelatedGuidelineInput> related = related(sheet.related);
        if (intro.description().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new GuidelineDocument(slug, title, "nl", intro.alternativeNames(), intro.description(), intro.causes(),
                intro.conditions(), intro.causality(), intro.goal(), recommendations, points, footnotes, List.copyOf(editorialNotes),
                related, new GuidelineDocument.SourceInput(sourceTitle, english.apply("import.source.description", new Object[0]))));
    }

    private String title(Line line, String text) {
        notes.assumed(line, "import.title.language");
        notes.assumed(line, "import.title.sourceDescription");
        if (text.startsWith(SERIES) && text.length() > SERIES.length()) {
            notes.read(line, "import.read.title", text.substring(SERIES.length()).strip());
            return text.substring(SERIES.length()).strip();
        }
        notes.assumed(line, "import.title.noSeriesWord", text);
        return text;
    }

    private List<RecommendationInput> recommendations(List<Row> rows, List<GuidelineDocument.FootnoteInput> footnotes) {
        List<RecommendationInput> read = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Row row : rows) {
            notes.step(row.nutrient.text().length());
            String nutrientText = row.nutrient.stripped();
            int colon = nutrientText.indexOf(':');
            String name = colon < 0 ? nutrientText : nutrientText.substring(0, colon).strip();
            String qualifier = colon < 0 ? null : nutrientText.substring(colon + 1).strip();
            Optional<NutrientInfo> nutrient = catalogue.find(name);
            String problem = nutrient.isEmpty() ? "import.row.unknownNutrient"
                    : !seen.add(nutrient.get().slug()) ? "import.row.duplicateNutrient"
                    : row.dose == null ? "import.row.noDose"
                    : new DoseLine(row.wording, row.marker, row.dots).parse().isEmpty() ? "import.row.unreadableDose"
                    : row.dots == 0 ? "import.row.noEvidence"
                    : !levels.contains(row.dots) ? "import.row.evidenceNotOnScale" : null;
            if (problem != null) {
                leaveOut(row, problem, name);
                continue;
            }
            notes.read(row.nutrient, "import.read.nutrient", nutrient.get().slug(), qualifier == null ? "-" : qualifier);
            for (Item effect : row.effects) {
                notes.read(effect.first(), "import.read.effect");
                effect.lines.subList(1, effect.lines.size()).forEach(line -> notes.read(line, "import.read.effectContinued"));
            }
            if (row.joinedDots != null) {
                notes.assumed(row.joinedDots, "import.row.loneDotsJoined", row.dots, row.dose.number());
            }
            read.add(new RecommendationInput(nutrient.get().slug(), qualifier == null || qualifier.isEmpty() ? null : qualifier,
                    row.effects.stream().map(Item::text).toList(), dose(row, nutrient.get()), footnote(row, footnotes), row.dots));
        }
        return read;
    }

    private void leaveOut(Row row, String problem, String name) {
        notes.notUnderstood(row.nutrient, problem, name, row.dots, levels.stream().sorted().toList(),
                row.dose == null ? "-" : row.dose.stripped());
        for (Line line : row.lines.subList(1, row.lines.size())) {
            notes.notUnderstood(line, "import.row.leftOut", row.nutrient.number());
        }
    }

    private DoseInput dose(Row row, NutrientInfo nutrient) {
        DoseLine line = new DoseLine(row.wording, row.marker, row.dots);
        Line doseLine = row.dose;
        String wording = line.restored();
        if (line.flattenedPower()) {
            notes.assumed(doseLine, "import.dose.flattenedPower", row.wording, wording);
            editorialNotes.add(english.apply("import.note.flattenedPower", new Object[]{nutrient.englishName() == null ? nutrient.name()
                    : nutrient.englishName(), wording, row.wording}));
        }
        if (line.thousandsSeparator() || line.decimalComma()) {
            notes.assumed(doseLine, "import.dose.dutchNumbers", row.wording);
        }
        ParsedDose parsed = line.parse().orElseThrow();
        notes.read(doseLine, "import.read.dose", wording, new Notes.Key("import.dose.kind." + parsed.range().kind().name()), plain(parsed.range().minimum()),
                plain(parsed.range().maximum()), parsed.range().unit().ucumCode(), row.dots);
        return new DoseInput(wording, null, null, null, null);
    }

    private @Nullable String footnote(Row row, List<GuidelineDocument.FootnoteInput> footnotes) {
        if (row.marker == null) {
            return null;
        }
        if (footnotes.stream().noneMatch(footnote -> footnote.marker().equals(row.marker))) {
            notes.notUnderstood(row.dose, "import.dose.footnoteMissing", row.marker);
            return null;
        }
        notes.read(row.dose, "import.dose.footnote", row.marker);
        return row.marker;
    }

    /** An attention point names a nutrient when exactly one of the table's nutrients appears in it as a word. */
    private GuidelineDocument.AttentionPointInput point(Item point, List<NutrientInfo> rowNutrients) {
        String folded = " " + SheetParser.fold(point.text()).replaceAll("[^\\p{L}\\p{N} ]", " ") + " ";
        List<NutrientInfo> named = rowNutrients.stream().filter(n -> folded.contains(" " + SheetParser.fold(n.name()) + " ")).toList();
        String nutrient = null;
        if (named.size() == 1) {
            nutrient = named.get(0).slug();
            notes.assumed(point.first(), "import.point.nutrient", nutrient);
        }
        String note = null;
        Matcher table = TABLE_REFERENCE.matcher(point.text());
        if (table.find()) {
            note = english.apply("import.note.missingTable", new Object[]{"Tabel " + table.group(1)});
            notes.assumed(point.first(), "import.point.missingTable", "tabel " + table.group(1));
        }
        return new GuidelineDocument.AttentionPointInput(point.text(), nutrient, note);
    }

    private List<GuidelineDocument.RelatedGuidelineInput> related(List<Item> items) {
        List<GuidelineDocument.RelatedGuidelineInput> related = new ArrayList<>();
        for (Item item : items) {
            String slug = SheetParser.fold(item.text()).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            if (slug.isEmpty() || slug.length() > 100 || !slug.matches(GuidelineDocument.SLUG)) {
                notes.notUnderstood(item.first(), "import.related.noSlug", item.text());
                continue;
            }
            notes.assumed(item.first(), "import.related.slug", slug);
            related.add(new GuidelineDocument.RelatedGuidelineInput(slug, item.text()));
        }
        return related;
    }

    private static String plain(java.math.@Nullable BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }
}
