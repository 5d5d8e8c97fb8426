package nl.supplementguidelines.webhook;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The table {@code webhook_delivery} (V30): every attempt, kept to the newest {@code api.webhooks.log-size} per endpoint. */
@Component
class DeliveryLog {

    private final JdbcClient jdbc;
    private final int keep;

    DeliveryLog(JdbcClient jdbc, WebhookProperties properties) {
        this.jdbc = jdbc;
        this.keep = properties.logSize();
    }

    void record(String endpointId, DeliveryAttempt attempt) {
        jdbc.sql("""
                        insert into webhook_delivery (endpoint_id, message_id, position, event_type, attempt, attempted_at, duration_ms,
                        outcome, status_code, error, next_attempt_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(endpointId, attempt.messageId(), attempt.position(), attempt.eventType(), attempt.attempt(), at(attempt.attemptedAt()),
                        attempt.durationMs(), attempt.outcome(), attempt.statusCode(), attempt.error(), at(attempt.nextAttemptAt()))
                .update();
        // The oldest beyond the bound go: the log of an endpoint that fails for a day stays a page or two.
        jdbc.sql("""
                        delete from webhook_delivery where endpoint_id = ? and id < (select min(id) from
                        (select id from webhook_delivery where endpoint_id = ? order by id desc limit ?) newest)""")
                .params(endpointId, endpointId, keep).update();
    }

    /** One page of the log, newest first. */
    List<DeliveryAttempt> page(String endpointId, int page, int size) {
        return jdbc.sql("""
                        select id, message_id, position, event_type, attempt, attempted_at, duration_ms, outcome, status_code, error, next_attempt_at
                        from webhook_delivery where endpoint_id = ? order by id desc limit ? offset ?""")
                .params(endpointId, size, (long) page * size).query((rs, row) -> attempt(rs)).list();
    }

    long count(String endpointId) {
        return jdbc.sql("select count(*) from webhook_delivery where endpoint_id = ?").param(endpointId).query(Long.class).single();
    }

    private static @Nullable OffsetDateTime at(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static DeliveryAttempt attempt(ResultSet rs) throws SQLException {
        OffsetDateTime next = rs.getObject("next_attempt_at", OffsetDateTime.class);
        int status = rs.getInt("status_code");
        Integer statusCode = rs.wasNull() ? null : status;
        return new DeliveryAttempt(rs.getLong("id"), rs.getString("message_id"), rs.getLong("position"), rs.getString("event_type"),
                rs.getInt("attempt"), rs.getObject("attempted_at", OffsetDateTime.class).toInstant(), rs.getInt("duration_ms"),
                rs.getString("outcome"), statusCode, rs.getString("error"), next == null ? null : next.toInstant());
    }
}
