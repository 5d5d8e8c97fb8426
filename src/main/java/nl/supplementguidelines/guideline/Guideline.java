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
import org.hibernate.annotations.SQLOrder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One published version of a supplement guideline for one condition ({@link Publication}): immutable but for its
 * {@link GuidelineStatus} and {@link Withdrawal}. Its ordered parts keep the document's order through a
 * 1-based {@code position}. Collections are batch-fetched so that reading a guideline, or a page of
 * them, costs a fixed number of statements.
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

    // Ordered by position rather than indexed by it: a gap left by a deleted row must not become a null element.
    @ElementCollection
    @CollectionTable(name = "guideline_alternative_name", joinColumns = @JoinColumn(name = "guideline_id"))
    @SQLOrder("position")
    @Column(name = "name", nullable = false)
    @BatchSize(size = BATCH)
    private List<String> alternativeNames = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "guideline_cause", joinColumns = @JoinColumn(name = "guideline_id"))
    @SQLOrder("position")
    @Column(name = "text", nullable = false)
    @BatchSize(size = BATCH)
    private List<String> causes = new ArrayList<>();

    @OneToMany(mappedBy = "guideline")
    @OrderBy("position")
    @BatchSize(size = BATCH)
    private List<RelatedCondition> relatedConditions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "guideline_footnote", joinColumns = @JoinColumn(name = "guideline_id"))
    @SQLOrder("position")
    @BatchSize(size = BATCH)
    private List<Footnote> footnotes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "guideline_editorial_note", joinColumns = @JoinColumn(name = "guideline_id"))
    @SQLOrder("position")
    @Column(name = "text", nullable = false)
    @BatchSize(size = BATCH)
    private List<String> editorialNotes = new ArrayList<>();

    @OneToMany(mappedBy = "guideline")
    @OrderBy("position")
    @BatchSize(size = BATCH)
    private List<Recommendation> recommendations = new ArrayList<>();

    @OneToMany(mappedBy = "guideline")
    @OrderBy("position")
    @BatchSize(size = BATCH)
    private List<AttentionPoint> attentionPoints = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "related_guideline", joinColumns = @JoinColumn(name = "guideline_id"))
    @SQLOrder("position")
    @BatchSize(size = BATCH)
    private List<RelatedGuideline> relatedGuidelines = new ArrayList<>();

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

    List<String> getAlternativeNames() {
        return List.copyOf(alternativeNames);
    }

    List<String> getCauses() {
        return List.copyOf(causes);
    }

    List<RelatedCondition> getRelatedConditions() {
        return List.copyOf(relatedConditions);
    }

    List<Footnote> getFootnotes() {
        return List.copyOf(footnotes);
    }

    List<String> getEditorialNotes() {
        return List.copyOf(editorialNotes);
    }

    List<Recommendation> getRecommendations() {
        return List.copyOf(recommendations);
    }

    List<AttentionPoint> getAttentionPoints() {
        return List.copyOf(attentionPoints);
    }

    List<RelatedGuideline> getRelatedGuidelines() {
        return List.copyOf(relatedGuidelines);
    }
}
