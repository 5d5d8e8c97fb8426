package nl.supplementguidelines.editing;

import nl.supplementguidelines.dose.DoseRange;
import nl.supplementguidelines.editing.VersionChanges.DoseChange;
import nl.supplementguidelines.editing.VersionChanges.FieldChange;
import nl.supplementguidelines.editing.VersionChanges.ListChange;
import nl.supplementguidelines.editing.VersionChanges.NumberChange;
import nl.supplementguidelines.editing.VersionChanges.RecommendationChange;
import nl.supplementguidelines.editing.VersionChanges.RecommendationRef;
import nl.supplementguidelines.editing.VersionChanges.TextChange;
import nl.supplementguidelines.guideline.DocumentDoses;
import nl.supplementguidelines.guideline.GuidelineDocument;
import nl.supplementguidelines.guideline.GuidelineDocument.RecommendationInput;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Compares the documents of two versions. Recommendations are matched by nutrient: a guideline has one row per nutrient. */
final class VersionDiff {

    private VersionDiff() {
    }

    static VersionChanges between(String slug, int fromVersion, GuidelineDocument from, int toVersion, GuidelineDocument to) {
        Map<String, Integer> fromPositions = positions(from);
        Map<String, Integer> toPositions = positions(to);
        List<RecommendationRef> added = new ArrayList<>();
        List<RecommendationRef> removed = new ArrayList<>();
        List<RecommendationChange> changed = new ArrayList<>();
        toPositions.forEach((nutrient, position) -> {
            if (!fromPositions.containsKey(nutrient)) {
                added.add(new RecommendationRef(nutrient, position));
            }
        });
        fromPositions.forEach((nutrient, position) -> {
            Integer now = toPositions.get(nutrient);
            if (now == null) {
                removed.add(new RecommendationRef(nutrient, position));
            } else {
                RecommendationChange change = compare(nutrient, position, from.recommendations().get(position - 1), from.language(),
                        now, to.recommendations().get(now - 1), to.language());
                if (change != null) {
                    changed.add(change);
                }
            }
        });
        return new VersionChanges(slug, fromVersion, toVersion, added, removed, changed, fields(from, to),
                new VersionChanges.Links(PublishedVersion.versionHref(slug, fromVersion), PublishedVersion.versionHref(slug, toVersion)));
    }

    private static Map<String, Integer> positions(GuidelineDocument document) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < document.recommendations().size(); i++) {
            positions.put(document.recommendations().get(i).nutrient(), i + 1);
        }
        return positions;
    }

    private static @Nullable RecommendationChange compare(String nutrient, int fromPosition, RecommendationInput a, String languageA,
            int toPosition, RecommendationInput b, String languageB) {
        NumberChange position = fromPosition == toPosition ? null : new NumberChange(BigDecimal.valueOf(fromPosition), BigDecimal.valueOf(toPosition));
        DoseChange dose = dose(DocumentDoses.read(a.dose(), languageA), DocumentDoses.read(b.dose(), languageB));
        NumberChange evidence = Objects.equals(a.evidence(), b.evidence()) ? null
                : new NumberChange(BigDecimal.valueOf(a.evidence()), BigDecimal.valueOf(b.evidence()));
        TextChange qualifier = text(a.qualifier(), b.qualifier());
        ListChange effects = list(a.effects(), b.effects());
        TextChange footnote = text(a.doseFootnote(), b.doseFootnote());
        if (position == null && dose == null && evidence == null && qualifier == null && effects == null && footnote == null) {
            return null;
        }
        return new RecommendationChange(nutrient, position, dose, evidence, qualifier, effects, footnote);
    }

    private static @Nullable DoseChange dose(DoseRange a, DoseRange b) {
        NumberChange minimum = number(a.minimum(), b.minimum());
        NumberChange maximum = number(a.maximum(), b.maximum());
        TextChange unit = text(a.unit().ucumCode(), b.unit().ucumCode());
        TextChange period = text(a.period().ucumCode(), b.period().ucumCode());
        TextChange wording = text(a.sourceText(), b.sourceText());
        if (minimum == null && maximum == null && unit == null && period == null && wording == null) {
            return null;
        }
        return new DoseChange(minimum, maximum, unit, period, wording);
    }

    private static List<FieldChange> fields(GuidelineDocument a, GuidelineDocument b) {
        List<FieldChange> changes = new ArrayList<>();
        textField(changes, "title", a.title(), b.title());
        textField(changes, "language", a.language(), b.language());
        listField(changes, "alternativeNames", a.alternativeNames(), b.alternativeNames());
        textField(changes, "description", a.description(), b.description());
        listField(changes, "causes", a.causes(), b.causes());
        listField(changes, "relatedConditions", texts(a.relatedConditions(), c -> c.name() + " " + c.examples()),
                texts(b.relatedConditions(), c -> c.name() + " " + c.examples()));
        textField(changes, "causalityStatement", a.causalityStatement(), b.causalityStatement());
        textField(changes, "goal", a.goal(), b.goal());
        listField(changes, "attentionPoints", texts(a.attentionPoints(), VersionDiff::point), texts(b.attentionPoints(), VersionDiff::point));
        listField(changes, "footnotes", texts(a.footnotes(), f -> f.marker() + " " + f.text()), texts(b.footnotes(), f -> f.marker() + " " + f.text()));
        listField(changes, "editorialNotes", a.editorialNotes(), b.editorialNotes());
        listField(changes, "relatedGuidelines", texts(a.relatedGuidelines(), r -> r.slug() + " " + r.title()),
                texts(b.relatedGuidelines(), r -> r.slug() + " " + r.title()));
        textField(changes, "source.title", a.source().title(), b.source().title());
        textField(changes, "source.description", a.source().description(), b.source().description());
        return changes;
    }

    /** Every member of the point, so that a change of its nutrient or editorial note shows too. */
    private static String point(GuidelineDocument.AttentionPointInput point) {
        return point.text() + (point.nutrient() == null ? "" : " [nutrient: " + point.nutrient() + "]")
                + (point.editorialNote() == null ? "" : " [editorial note: " + point.editorialNote() + "]");
    }

    private static <T> List<String> texts(List<T> items, Function<T, String> text) {
        return items.stream().map(text).toList();
    }

    private static void textField(List<FieldChange> changes, String field, @Nullable String a, @Nullable String b) {
        if (!Objects.equals(a, b)) {
            changes.add(new FieldChange(field, a, b, null, null));
        }
    }

    private static void listField(List<FieldChange> changes, String field, List<String> a, List<String> b) {
        ListChange change = list(a, b);
        if (change != null) {
            changes.add(new FieldChange(field, null, null, change.added(), change.removed()));
        } else if (!a.equals(b)) {
            // Same items in another order.
            changes.add(new FieldChange(field, String.join(" | ", a), String.join(" | ", b), List.of(), List.of()));
        }
    }

    private static @Nullable ListChange list(List<String> a, List<String> b) {
        List<String> added = b.stream().filter(item -> !a.contains(item)).toList();
        List<String> removed = a.stream().filter(item -> !b.contains(item)).toList();
        return added.isEmpty() && removed.isEmpty() ? null : new ListChange(added, removed);
    }

    private static @Nullable TextChange text(@Nullable String a, @Nullable String b) {
        return Objects.equals(a, b) ? null : new TextChange(a, b);
    }

    private static @Nullable NumberChange number(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        boolean same = a == null ? b == null : b != null && a.compareTo(b) == 0;
        return same ? null : new NumberChange(a, b);
    }
}
