package nl.supplementguidelines.web.idempotency;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** The rows of {@code idempotency_record} (V13). */
@Component
class IdempotencyRecords {

    /** The status of a claimed key whose answer is not written yet; only ever seen by its own transaction. */
    private static final int CLAIMED = 0;

    private final JdbcClient jdbc;

    IdempotencyRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredAnswer> find(String subject, String key, OffsetDateTime notBefore) {
        return jdbc.sql("""
                        select request_hash, status, location, etag, content_type, body from idempotency_record
                        where subject = ? and idempotency_key = ? and created_at >= ? and status <> ?""")
                .params(subject, key, notBefore, CLAIMED)
                .query((rs, row) -> new StoredAnswer(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .optional();
    }

    /**
     * Claims the key in the current transaction: a concurrent claim of the same key waits on the primary key until
     * this transaction ends, then fails with a duplicate key (it committed) or succeeds (it rolled back).
     */
    void claim(String subject, String key, String operation, String requestHash) {
        jdbc.sql("""
                        insert into idempotency_record (subject, idempotency_key, operation, request_hash, status, created_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(subject, key, operation, requestHash, CLAIMED, now())
                .update();
    }

    void complete(String subject, String key, StoredAnswer answer) {
        jdbc.sql("""
                        update idempotency_record set status = ?, location = ?, etag = ?, content_type = ?, body = ?
                        where subject = ? and idempotency_key = ?""")
                .params(answer.status(), answer.location(), answer.etag(), answer.contentType(), answer.body(), subject, key)
                .update();
    }

    /** Deletes this key's record if it is past its retention, so the key can be claimed again. */
    void forgetExpired(String subject, String key, OffsetDateTime notBefore) {
        jdbc.sql("delete from idempotency_record where subject = ? and idempotency_key = ? and created_at < ?")
                .params(subject, key, notBefore).update();
    }

    int deleteOlderThan(OffsetDateTime notBefore) {
        return jdbc.sql("delete from idempotency_record where created_at < ?").param(notBefore).update();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
