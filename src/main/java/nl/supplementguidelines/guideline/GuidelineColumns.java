package nl.supplementguidelines.guideline;

import nl.supplementguidelines.dose.DosePeriod;
import nl.supplementguidelines.dose.DoseRange;
import nl.supplementguidelines.dose.DoseUnit;
import nl.supplementguidelines.evidence.EvidenceLevel;
import org.jspecify.annotations.Nullable;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The columns of a guideline row and of a recommendation row, and how a row becomes one: enums by name, the evidence
 * level by its number of dots, amounts as stored (numeric, exact), timestamps as the instant they name.
 */
final class GuidelineColumns {

    /** The guideline's own columns, over the alias {@code g}. */
    static final String GUIDELINE = """
            g.id, g.slug, g.version, g.published_at, g.published_by, g.change_note, g.status, g.withdrawn_at, g.withdrawn_by,
            g.withdrawal_reason, g.title, g.language, g.description, g.causality_statement, g.goal, g.source_title,
            g.source_description, g.last_modified""";

    /** A recommendation's columns, over the alias {@code r}, each named {@code r_} and its column. */
    static final String RECOMMENDATION = """
            r.guideline_id as r_guideline_id, r.position as r_position, r.nutrient_id as r_nutrient_id, r.qualifier as r_qualifier,
            r.dose_minimum as r_dose_minimum, r.dose_maximum as r_dose_maximum, r.dose_unit as r_dose_unit,
            r.dose_period as r_dose_period, r.dose_source_text as r_dose_source_text,
            r.dose_footnote_marker as r_dose_footnote_marker, r.evidence_level as r_evidence_level""";

    private GuidelineColumns() {
    }

    static Guideline guideline(ResultSet rs) throws SQLException {
        Publication publication = new Publication(rs.getInt("version"), instant(rs, "published_at"), rs.getString("published_by"),
                rs.getString("change_note"));
        return new Guideline(rs.getLong("id"), rs.getString("slug"), publication, GuidelineStatus.valueOf(rs.getString("status")),
                withdrawal(rs), rs.getString("title"), rs.getString("language"), rs.getString("description"),
                rs.getString("causality_statement"), rs.getString("goal"), rs.getString("source_title"), rs.getString("source_description"),
                instant(rs, "last_modified"));
    }

    /** The recommendation of the current row, whose {@code r_guideline_id} is the guideline's. */
    static Recommendation recommendation(ResultSet rs, Guideline guideline) throws SQLException {
        DoseRange dose = DoseRange.of(rs.getBigDecimal("r_dose_minimum"), rs.getBigDecimal("r_dose_maximum"),
                DoseUnit.valueOf(rs.getString("r_dose_unit")), DosePeriod.valueOf(rs.getString("r_dose_period")),
                rs.getString("r_dose_source_text"));
        return new Recommendation(guideline, rs.getInt("r_position"), rs.getLong("r_nutrient_id"), rs.getString("r_qualifier"), dose,
                rs.getString("r_dose_footnote_marker"), EvidenceLevel.of(rs.getInt("r_evidence_level")));
    }

    /** The withdrawal, or null when its columns are (every version that was never withdrawn). */
    private static @Nullable Withdrawal withdrawal(ResultSet rs) throws SQLException {
        Instant at = nullableInstant(rs, "withdrawn_at");
        String by = rs.getString("withdrawn_by");
        String reason = rs.getString("withdrawal_reason");
        return at == null && by == null && reason == null ? null : new Withdrawal(at, by, reason);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Instant at = nullableInstant(rs, column);
        if (at == null) {
            throw new IllegalStateException(column + " is null");
        }
        return at;
    }

    /** A {@code timestamp with time zone}, read as the offset time both H2 and PostgreSQL give, then as its instant. */
    static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
