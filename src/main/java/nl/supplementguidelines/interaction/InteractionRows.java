package nl.supplementguidelines.interaction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the interaction table. The whole table is always read, so its ATC codes and citations come in one
 * statement each (ordered by row and position) rather than one per row: three statements whatever its size.
 */
@Repository
class InteractionRows {

    private final JdbcClient jdbc;

    InteractionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every row in table order, with its ATC codes and source codes in their positions. */
    List<Interaction> allInTableOrder() {
        Map<Long, List<String>> atcCodes = children("SELECT interaction_id, atc_code FROM interaction_atc ORDER BY interaction_id, position");
        Map<Long, List<String>> sourceCodes = children(
                "SELECT interaction_id, source_code FROM interaction_citation ORDER BY interaction_id, position");
        return jdbc.sql("""
                SELECT id, position, nutrient_id, nutrient_text, medicine_group, effect, advice, editorial_note
                FROM interaction ORDER BY position""")
                .query((rs, rowNum) -> {
                    long id = rs.getLong("id");
                    return new Interaction(rs.getInt("position"), rs.getLong("nutrient_id"), rs.getString("nutrient_text"),
                            rs.getString("medicine_group"), rs.getString("effect"), rs.getString("advice"), rs.getString("editorial_note"),
                            atcCodes.getOrDefault(id, List.of()), sourceCodes.getOrDefault(id, List.of()));
                })
                .list();
    }

    /** Every source, by code. */
    List<InteractionSource> sources() {
        return jdbc.sql("SELECT code, citation FROM interaction_source")
                .query((rs, rowNum) -> new InteractionSource(rs.getString("code"), rs.getString("citation")))
                .list();
    }

    private Map<Long, List<String>> children(String sql) {
        Map<Long, List<String>> byRow = new HashMap<>();
        jdbc.sql(sql).query(rs -> {
            byRow.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
        });
        return byRow;
    }
}
