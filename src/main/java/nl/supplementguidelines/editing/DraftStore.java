package nl.supplementguidelines.editing;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

/**
 * The drafts table. Every change is a compare-and-set on (slug, revision, created_at) in one statement, so of two
 * editors who read the same revision exactly one can write it: the database decides, not a check before the write.
 */
@Repository
class DraftStore {

    /** The size of guideline_draft.document (varchar(200000), V10): the document as re-serialised JSON. */
    static final int MAX_DOCUMENT_CHARS = 200_000;

    /** Editors of one draft: a bound on its rows, far above a real editorial team. */
    static final int MAX_EDITORS = 50;

    private final JdbcTemplate jdbc;

    DraftStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new draft; a draft of the slug that exists already fails on the primary key (the caller answers 409). */
    void insert(DraftRow draft) {
        jdbc.update("insert into guideline_draft (slug, document, revision, base_version, created_by, created_at, updated_by, updated_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)",
                draft.slug(), draft.document(), draft.revision(), draft.baseVersion(), draft.createdBy(), at(draft.createdAt()),
                draft.updatedBy(), at(draft.updatedAt()));
    }

    Optional<DraftRow> find(String slug) {
        return jdbc.query("select slug, document, revision, base_version, created_by, created_at, updated_by, updated_at "
                        + "from guideline_draft where slug = ?",
                (rs, row) -> new DraftRow(rs.getString(1), rs.getString(2), rs.getInt(3), (Integer) rs.getObject(4), rs.getString(5),
                        rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7), rs.getObject(8, OffsetDateTime.class).toInstant()),
                slug).stream().findFirst();
    }

    /** Replaces the document of the revision read; false when that revision is no longer the draft's. */
    boolean replace(DraftRow read, String document, String by, Instant at) {
        return jdbc.update("update guideline_draft set document = ?, revision = revision + 1, updated_by = ?, updated_at = ? "
                + "where slug = ? and revision = ? and created_at = ?", document, by, at(at), read.slug(), read.revision(), at(read.createdAt())) == 1;
    }

    /** Deletes the revision read; false when that revision is no longer the draft's. */
    boolean delete(DraftRow read) {
        return jdbc.update("delete from guideline_draft where slug = ? and revision = ? and created_at = ?",
                read.slug(), read.revision(), at(read.createdAt())) == 1;
    }

    /**
     * Records that {@code subject} created or changed the draft (once per editor), in the transaction of that write,
     * after its compare-and-set: false when the draft has {@link #MAX_EDITORS} other editors already.
     */
    boolean addEditor(String slug, String subject) {
        if (editors(slug).contains(subject)) {
            return true;
        }
        if (jdbc.queryForObject("select count(*) from guideline_draft_editor where slug = ?", Integer.class, slug) >= MAX_EDITORS) {
            return false;
        }
        jdbc.update("insert into guideline_draft_editor (slug, subject) values (?, ?)", slug, subject);
        return true;
    }

    /** Everyone who created or changed the draft since its base version. */
    Set<String> editors(String slug) {
        return Set.copyOf(jdbc.queryForList("select subject from guideline_draft_editor where slug = ?", String.class, slug));
    }

    private static @Nullable OffsetDateTime at(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
