package nl.supplementguidelines.guideline;

import java.time.Instant;

/**
 * The translation of one published version (its {@code guideline} row) into one language: the texts as one JSON
 * document ({@link TranslationTexts}), which is read whole and replaced never. Like the version, it is immutable.
 */
record GuidelineTranslation(long guidelineId, String language, String texts, Instant publishedAt, String publishedBy) {
}
