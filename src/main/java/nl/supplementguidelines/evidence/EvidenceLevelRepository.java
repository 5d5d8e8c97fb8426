package nl.supplementguidelines.evidence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;

/** Reads the evidence scale table, which constrains every recommendation's level through a foreign key. */
@Repository
class EvidenceLevelRepository {

    private final JdbcClient jdbc;

    EvidenceLevelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<EvidenceLevel> findAll() {
        return jdbc.sql("select level_value from evidence_level order by level_value")
                .query((rs, row) -> EvidenceLevel.of(rs.getInt(1)))
                .list();
    }
}
