package nl.supplementguidelines.guideline;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The parts of one version, as loaded from {@code guideline_part} in the order of kind, owner and position, told
 * apart by kind. Each getter keeps the document's order, as the per-table collections did.
 */
record GuidelineParts(List<GuidelinePart> parts) {

    static final String ALTERNATIVE_NAME = "A";
    static final String CAUSE = "C";
    static final String EDITORIAL_NOTE = "E";
    static final String FOOTNOTE = "F";
    static final String RELATED_GUIDELINE = "G";
    static final String ATTENTION_POINT = "P";
    static final String RELATED_CONDITION = "K";
    static final String CONDITION_EXAMPLE = "X";
    static final String EFFECT = "R";

    List<String> texts(String kind) {
        return of(kind, 0, GuidelinePart::text);
    }

    List<Footnote> footnotes() {
        return of(FOOTNOTE, 0, part -> new Footnote(Objects.requireNonNull(part.detail()), part.text()));
    }

    List<RelatedGuideline> relatedGuidelines() {
        return of(RELATED_GUIDELINE, 0, part -> new RelatedGuideline(Objects.requireNonNull(part.detail()), part.text()));
    }

    /** The related guidelines' slugs that have a CURRENT version, as the view computed it when the version was read. */
    Set<String> currentRelatedSlugs() {
        return parts.stream().filter(part -> part.kind().equals(RELATED_GUIDELINE) && part.targetCurrent())
                .map(GuidelinePart::detail).collect(Collectors.toUnmodifiableSet());
    }

    List<AttentionPoint> attentionPoints() {
        return of(ATTENTION_POINT, 0, part -> new AttentionPoint(part.position(), part.text(), part.nutrientId(), part.detail()));
    }

    List<RelatedCondition> relatedConditions() {
        return of(RELATED_CONDITION, 0, part -> new RelatedCondition(part.position(), part.text(), texts(CONDITION_EXAMPLE, part.position())));
    }

    List<String> effects(int recommendationPosition) {
        return texts(EFFECT, recommendationPosition);
    }

    private List<String> texts(String kind, int owner) {
        return of(kind, owner, GuidelinePart::text);
    }

    private <T> List<T> of(String kind, int owner, Function<GuidelinePart, T> mapping) {
        return parts.stream().filter(part -> part.kind().equals(kind) && part.ownerPosition() == owner).map(mapping).toList();
    }
}
