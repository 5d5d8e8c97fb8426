package nl.supplementguidelines.guideline;

import nl.supplementguidelines.dose.DoseRange;
import nl.supplementguidelines.guideline.GuidelineDocument.AttentionPointInput;
import nl.supplementguidelines.guideline.GuidelineDocument.FootnoteInput;
import nl.supplementguidelines.guideline.GuidelineDocument.RecommendationInput;
import nl.supplementguidelines.guideline.GuidelineDocument.RelatedConditionInput;
import nl.supplementguidelines.guideline.GuidelineDocument.RelatedGuidelineInput;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Inserts the rows of one version with plain SQL: the rows GuidelineRows reads are read models (never changed there), and a
 * version's rows are written once. Runs inside the publication's transaction.
 */
@Component
class VersionWriter {

    private final JdbcTemplate jdbc;

    VersionWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param nutrientIds the ids of the document's nutrients by slug (validated before: every slug is there) */
    long insert(GuidelineDocument document, int version, String publishedBy, String changeNote, Instant at, Map<String, Long> nutrientIds) {
        OffsetDateTime now = at.atOffset(ZoneOffset.UTC);
        long id = insertReturningId("insert into guideline (slug, title, language, description, causality_statement, goal, source_title, "
                        + "source_description, last_modified, version, status, published_at, published_by, change_note) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'CURRENT', ?, ?, ?)",
                document.slug(), document.title(), document.language(), document.description(), document.causalityStatement(), document.goal(),
                document.source().title(), document.source().description(), now, version, now, publishedBy, changeNote);
        texts("insert into guideline_alternative_name (guideline_id, position, name) values (?, ?, ?)", id, document.alternativeNames());
        texts("insert into guideline_cause (guideline_id, position, text) values (?, ?, ?)", id, document.causes());
        texts("insert into guideline_editorial_note (guideline_id, position, text) values (?, ?, ?)", id, document.editorialNotes());
        int position = 0;
        for (RelatedConditionInput condition : document.relatedConditions()) {
            long conditionId = insertReturningId("insert into related_condition (guideline_id, position, name) values (?, ?, ?)",
                    id, ++position, condition.name());
            texts("insert into related_condition_example (related_condition_id, position, name) values (?, ?, ?)", conditionId, condition.examples());
        }
        position = 0;
        for (FootnoteInput footnote : document.footnotes()) {
            jdbc.update("insert into guideline_footnote (guideline_id, position, marker, text) values (?, ?, ?, ?)",
                    id, ++position, footnote.marker(), footnote.text());
        }
        position = 0;
        for (RecommendationInput recommendation : document.recommendations()) {
            DoseRange dose = DocumentDoses.read(recommendation.dose(), document.language());
            long recommendationId = insertReturningId("insert into recommendation (guideline_id, position, nutrient_id, qualifier, dose_minimum, "
                            + "dose_maximum, dose_unit, dose_period, dose_source_text, dose_footnote_marker, evidence_level) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, ++position, nutrientIds.get(recommendation.nutrient()), recommendation.qualifier(), dose.minimum(), dose.maximum(),
                    dose.unit().name(), dose.period().name(), dose.sourceText(), recommendation.doseFootnote(), recommendation.evidence());
            texts("insert into recommendation_effect (recommendation_id, position, text) values (?, ?, ?)", recommendationId, recommendation.effects());
        }
        position = 0;
        for (AttentionPointInput point : document.attentionPoints()) {
            jdbc.update("insert into attention_point (guideline_id, position, text, nutrient_id, editorial_note) values (?, ?, ?, ?, ?)",
                    id, ++position, point.text(), point.nutrient() == null ? null : nutrientIds.get(point.nutrient()), point.editorialNote());
        }
        position = 0;
        for (RelatedGuidelineInput related : document.relatedGuidelines()) {
            jdbc.update("insert into related_guideline (guideline_id, position, target_slug, target_title) values (?, ?, ?, ?)",
                    id, ++position, related.slug(), related.title());
        }
        return id;
    }

    private void texts(String sql, long ownerId, List<String> texts) {
        int position = 0;
        for (String text : texts) {
            jdbc.update(sql, ownerId, ++position, text);
        }
    }

    private long insertReturningId(String sql, @Nullable Object... values) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < values.length; i++) {
                StatementCreatorUtils.setParameterValue(statement, i + 1, SqlTypeValue.TYPE_UNKNOWN, values[i]);
            }
            return statement;
        }, keys);
        return Objects.requireNonNull(keys.getKey(), "generated id").longValue();
    }
}
