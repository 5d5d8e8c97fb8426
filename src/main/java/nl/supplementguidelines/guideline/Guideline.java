package nl.supplementguidelines.guideline;

import org.jspecify.annotations.Nullable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.SQLOrder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One published version of a supplement guideline for one condition ({@link Publication}): immutable but for its
 * {@link GuidelineStatus} and {@link Withdrawal}. Its ordered parts keep the document's order through a
 * 1-based {@code position}. Its recommendations and its other parts are two collections, batch-fetched, so that
 * reading a guideline, or a page of them, costs a fixed number of statements.
 */
@Entity
@Table(name = "guideline")
class Guideline {

    private static final int BATCH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String slug;

    @Embedded
    private Publication publication;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private GuidelineStatus status;

    @Embedded
    private @Nullable Withdrawal withdrawal;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 10)
    private String language;

    @Column(nullable = false, length = 4000)
    private String description;

    @Column(name = "causality_statement", length = 2000)
    private @Nullable String causalityStatement;

    @Column(length = 2000)
    private @Nullable String goal;

    @Column(name = "source_title", nullable = false, length = 300)
    private String sourceTitle;

    @Column(name = "source_description", nullable = false, length = 2000)
    private String sourceDescription;

    @Column(name = "last_modified", nullable = false)
    private Instant lastModified;

    // The alternative names on their own: the list shows them for a page of guidelines, and the filter searches them.
    // Ordered by position rather than indexed by it: a gap left by a deleted row must not become a null element.
    @ElementCollection
    @CollectionTable(name = "guideline_alternative_name", joinColumns = @JoinColumn(name = "guideline_id"))
    @SQLOrder("position")
    @Column(name = "name", nullable = false)
    @BatchSize(size = BATCH)
    private List<String> alternativeNames = new ArrayList<>();

    // Every text part of the version (names, causes, conditions and their examples, footnotes, notes, effects, attention
    // points, related guidelines) in one statement from the view guideline_part (V27), whatever the version's size.
    @ElementCollection
    @CollectionTable(name = "guideline_part", joinColumns = @JoinColumn(name = "guideline_id"))
    @SQLOrder("kind, owner_position, position")
    @BatchSize(size = BATCH)
    @Immutable
    private List<GuidelinePart> parts = new ArrayList<>();

    @OneToMany(mappedBy = "guideline")
    @OrderBy("position")
    @BatchSize(size = BATCH)
    private List<Recommendation> recommendations = new ArrayList<>();

    protected Guideline() {
        // for JPA
    }

    Long getId() {
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
        return List.copyOf(alternativeNames);
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
        return List.copyOf(recommendations);
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
        return new GuidelineParts(parts);
    }
}
