package nl.supplementguidelines.guideline;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.ZoneOffset;
import java.util.Optional;

/** Reads and inserts the translations of published versions (never updated: a translation is immutable). */
@Repository
class TranslationRows {

    private final JdbcClient jdbc;

    TranslationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<GuidelineTranslation> find(long guidelineId, String language) {
        return jdbc.sql("""
                select guideline_id, language, texts, published_at, published_by from guideline_translation
                where guideline_id = :guideline and language = :language""")
                .param("guideline", guidelineId).param("language", language)
                .query((rs, rowNum) -> new GuidelineTranslation(rs.getLong("guideline_id"), rs.getString("language"), rs.getString("texts"),
                        GuidelineColumns.instant(rs, "published_at"), rs.getString("published_by")))
                .optional();
    }

    /** Inserts the translation; a concurrent insert of the same one fails on the unique key (a DataIntegrityViolationException). */
    void insert(GuidelineTranslation translation) {
        jdbc.sql("""
                insert into guideline_translation (guideline_id, language, texts, published_at, published_by)
                values (:guideline, :language, :texts, :publishedAt, :publishedBy)""")
                .param("guideline", translation.guidelineId()).param("language", translation.language()).param("texts", translation.texts())
                .param("publishedAt", translation.publishedAt().atOffset(ZoneOffset.UTC)).param("publishedBy", translation.publishedBy())
                .update();
    }
}
