package nl.supplementguidelines.guideline;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One published version of a supplement guideline for one condition ({@link Publication}): immutable but for its
 * {@link GuidelineStatus} and {@link Withdrawal}. Its ordered parts keep the document's order through a
 * 1-based {@code position}. Its recommendations, its other parts and its alternative names (which a list shows) are
 * collections read on first use for every guideline the same statement read ({@link GuidelineBatch}), so that
 * reading a guideline, or a page of them, costs a fixed number of statements.
 */
class Guideline {

    private final long id;
    private final String slug;
    private final Publication publication;
    private final GuidelineStatus status;
    private final @Nullable Withdrawal withdrawal;
    private final String title;
    private final String language;
    private final String description;
    private final @Nullable String causalityStatement;
    private final @Nullable String goal;
    private final String sourceTitle;
    private final String sourceDescription;
    private final Instant lastModified;

    // Read together for the batch the guideline came with: null until then.
    private @Nullable GuidelineBatch batch;
    private @Nullable List<String> alternativeNames;
    private @Nullable List<GuidelinePart> parts;
    private @Nullable List<Recommendation> recommendations;

    Guideline(long id, String slug, Publication publication, GuidelineStatus status, @Nullable Withdrawal withdrawal, String title,
            String language, String description, @Nullable String causalityStatement, @Nullable String goal, String sourceTitle,
            String sourceDescription, Instant lastModified) {
        this.id = id;
        this.slug = slug;
        this.publication = publication;
        this.status = status;
        this.withdrawal = withdrawal;
        this.title = title;
        this.language = language;
        this.description = description;
        this.causalityStatement = causalityStatement;
        this.goal = goal;
        this.sourceTitle = sourceTitle;
        this.sourceDescription = sourceDescription;
        this.lastModified = lastModified;
    }

    /** The guidelines read together, which read their collections together. */
    void joinBatch(GuidelineBatch batch) {
        this.batch = batch;
    }

    // The collections' state, for GuidelineBatch only: it fills them for the whole batch at once.
    boolean hasAlternativeNames() {
        return alternativeNames != null;
    }

    void setAlternativeNames(List<String> names) {
        this.alternativeNames = List.copyOf(names);
        leaveBatchWhenLoaded();
    }

    boolean hasParts() {
        return parts != null;
    }

    void setParts(List<GuidelinePart> parts) {
        this.parts = List.copyOf(parts);
        leaveBatchWhenLoaded();
    }

    boolean hasRecommendations() {
        return recommendations != null;
    }

    void setRecommendations(List<Recommendation> recommendations) {
        this.recommendations = List.copyOf(recommendations);
        leaveBatchWhenLoaded();
    }

    /**
     * Once nothing is left to read, the batch is of no more use to this guideline: dropping it lets a guideline that is
     * kept (a cache's) free the batch and every other guideline read with it.
     */
    private void leaveBatchWhenLoaded() {
        if (alternativeNames != null && parts != null && recommendations != null) {
            batch = null;
        }
    }

    /** Whether this guideline still holds its batch: for tests of the batch's release. */
    boolean holdsBatch() {
        return batch != null;
    }

    long getId() {
        return id;
    }

    String getSlug() {
        return slug;
    }

    Publication getPublication() {
        return publication;
    }

    GuidelineStatus getStatus() {
        return status;
    }

    @Nullable Withdrawal getWithdrawal() {
        return withdrawal;
    }

    String getTitle() {
        return title;
    }

    String getLanguage() {
        return language;
    }

    String getDescription() {
        return description;
    }

    @Nullable String getCausalityStatement() {
        return causalityStatement;
    }

    @Nullable String getGoal() {
        return goal;
    }

    String getSourceTitle() {
        return sourceTitle;
    }

    String getSourceDescription() {
        return sourceDescription;
    }

    Instant getLastModified() {
        return lastModified;
    }

    /** The alternative names as a list of guidelines shows them: without loading the version's other parts. */
    List<String> getListedAlternativeNames() {
        if (alternativeNames == null) {
            batch().readAlternativeNames();
        }
        return alternativeNames;
    }

    List<String> getAlternativeNames() {
        return parts().texts(GuidelineParts.ALTERNATIVE_NAME);
    }

    List<String> getCauses() {
        return parts().texts(GuidelineParts.CAUSE);
    }

    List<RelatedCondition> getRelatedConditions() {
        return parts().relatedConditions();
    }

    List<Footnote> getFootnotes() {
        return parts().footnotes();
    }

    List<String> getEditorialNotes() {
        return parts().texts(GuidelineParts.EDITORIAL_NOTE);
    }

    List<Recommendation> getRecommendations() {
        if (recommendations == null) {
            batch().readRecommendations();
        }
        return recommendations;
    }

    List<AttentionPoint> getAttentionPoints() {
        return parts().attentionPoints();
    }

    List<RelatedGuideline> getRelatedGuidelines() {
        return parts().relatedGuidelines();
    }

    /** Which of the related guidelines' slugs have a CURRENT version, read with the parts (no statement of its own). */
    Set<String> getCurrentRelatedSlugs() {
        return parts().currentRelatedSlugs();
    }

    /** The effects of the recommendation at this position. */
    List<String> effectsOf(int recommendationPosition) {
        return parts().effects(recommendationPosition);
    }

    private GuidelineParts parts() {
        if (parts == null) {
            batch().readParts();
        }
        return new GuidelineParts(parts);
    }

    private GuidelineBatch batch() {
        if (batch == null) {
            throw new IllegalStateException("guideline " + slug + " was read without its batch");
        }
        return batch;
    }
}
