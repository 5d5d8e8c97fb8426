package nl.supplementguidelines.referencelevel;

import nl.supplementguidelines.dose.DoseUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;

/** Reads the reference levels and their notes of some nutrients, one statement each whatever their number. */
@Repository
class ReferenceLevelRows {

    private final JdbcClient jdbc;

    ReferenceLevelRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The levels of these nutrients, in position order; amounts as stored (numeric(30, 6)). */
    List<ReferenceLevel> levelsOf(Collection<Long> nutrientIds) {
        return jdbc.sql("""
                SELECT position, nutrient_id, kind, amount, unit, amount_text, population, body, citation
                FROM reference_intake_level WHERE nutrient_id IN (:ids) ORDER BY position""")
                .param("ids", nutrientIds)
                .query((rs, rowNum) -> new ReferenceLevel(rs.getInt("position"), rs.getLong("nutrient_id"),
                        ReferenceLevelKind.valueOf(rs.getString("kind")), rs.getBigDecimal("amount"), DoseUnit.valueOf(rs.getString("unit")),
                        rs.getString("amount_text"), rs.getString("population"), rs.getString("body"), rs.getString("citation")))
                .list();
    }

    /** The notes of these nutrients, in id (entry) order. */
    List<ReferenceLevelNote> notesOf(Collection<Long> nutrientIds) {
        return jdbc.sql("SELECT nutrient_id, text, citation FROM reference_level_note WHERE nutrient_id IN (:ids) ORDER BY id")
                .param("ids", nutrientIds)
                .query((rs, rowNum) -> new ReferenceLevelNote(rs.getLong("nutrient_id"), rs.getString("text"), rs.getString("citation")))
                .list();
    }
}
