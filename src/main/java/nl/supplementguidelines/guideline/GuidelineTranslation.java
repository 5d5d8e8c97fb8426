package nl.supplementguidelines.guideline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The translation of one published version (its {@code guideline} row) into one language: the texts as one JSON
 * document ({@link TranslationTexts}), which is read whole and replaced never. Like the version, it is immutable.
 */
@Entity
@Table(name = "guideline_translation")
class GuidelineTranslation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "guideline_id", nullable = false)
    private Long guidelineId;

    @Column(nullable = false, length = 35)
    private String language;

    @Column(nullable = false, length = 200000)
    private String texts;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 200)
    private String publishedBy;

    protected GuidelineTranslation() {
        // for JPA
    }

    GuidelineTranslation(Long guidelineId, String language, String texts, Instant publishedAt, String publishedBy) {
        this.guidelineId = guidelineId;
        this.language = language;
        this.texts = texts;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    Long getGuidelineId() {
        return guidelineId;
    }

    String getLanguage() {
        return language;
    }

    String getTexts() {
        return texts;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    String getPublishedBy() {
        return publishedBy;
    }
}
