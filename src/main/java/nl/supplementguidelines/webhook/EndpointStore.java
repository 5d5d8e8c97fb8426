package nl.supplementguidelines.webhook;

import nl.supplementguidelines.changes.ChangeType;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The table {@code webhook_endpoint} (V29). Every change the dispatcher makes to an endpoint is conditional on its own
 * lease ({@code lease_owner = ?}), so an instance that lost its claim (it stalled beyond the lease) changes nothing.
 */
@Component
class EndpointStore {

    private static final String COLUMNS = "id, url, description, events, secret, owner_subject, created_at, status, disabled_at, "
            + "disabled_reason, delivered_position, attempts, failing_since, next_attempt_at";

    /** The first key of the advisory locks of registrations (the migration number of the table), apart from any other's. */
    private static final int ADVISORY_CLASS = 29;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private volatile @Nullable Boolean postgres;

    EndpointStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    void insert(Endpoint endpoint, @Nullable String ownerClient) {
        jdbc.sql("insert into webhook_endpoint (" + COLUMNS + ", owner_client) values (?, ?, ?, ?, ?, ?, ?, 'ENABLED', null, null, ?, 0, null, ?, ?)")
                .params(endpoint.id(), endpoint.url(), endpoint.description(), events(endpoint.events()), endpoint.secret(),
                        endpoint.ownerSubject(), at(endpoint.createdAt()), endpoint.deliveredPosition(), at(endpoint.nextAttemptAt()), ownerClient)
                .update();
    }

    /**
     * Inserts the endpoint unless its subject already has {@code max}; false when it has. Meant to run in a transaction
     * that first {@link #lockOwnedBy locked} the subject's endpoints, so two registrations at once do not both pass.
     */
    boolean insertWithin(Endpoint endpoint, @Nullable String ownerClient, int max) {
        return jdbc.sql("insert into webhook_endpoint (" + COLUMNS + ", owner_client) select ?, ?, ?, ?, ?, ?, ?, 'ENABLED', null, null, ?, 0, null, ?, ? "
                        + "where (select count(*) from webhook_endpoint where owner_subject = ?) < ?")
                .params(endpoint.id(), endpoint.url(), endpoint.description(), events(endpoint.events()), endpoint.secret(),
                        endpoint.ownerSubject(), at(endpoint.createdAt()), endpoint.deliveredPosition(), at(endpoint.nextAttemptAt()), ownerClient,
                        endpoint.ownerSubject(), max)
                .update() == 1;
    }

    /**
     * Locks the subject's registrations until the transaction ends; a second registration of the subject waits here. On
     * PostgreSQL (instances share it) a transaction-scoped advisory lock on the subject, which holds also while it has no
     * endpoint yet; on H2, whose database one process owns, the caller's lock in memory does that, and the subject's rows
     * are row-locked.
     */
    void lockOwnedBy(String subject) {
        if (isPostgres()) {
            jdbc.sql("select pg_advisory_xact_lock(" + ADVISORY_CLASS + ", hashtext(?))").param(subject).query((rs, row) -> 1).list();
        } else {
            jdbc.sql("select id from webhook_endpoint where owner_subject = ? for update").param(subject).query(String.class).list();
        }
    }

    private boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                known = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException("Cannot tell the database", e);
            }
            postgres = known;
        }
        return known;
    }

    /** The database's clock: every instance on one database takes lease and due times from it, so their own clocks' skew does not matter. */
    Instant now() {
        return jdbc.sql("select current_timestamp").query(OffsetDateTime.class).single().toInstant();
    }

    Optional<Endpoint> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from webhook_endpoint where id = ?").param(id).query((rs, row) -> endpoint(rs)).optional();
    }

    List<Endpoint> ownedBy(String subject, int limit) {
        return jdbc.sql("select " + COLUMNS + " from webhook_endpoint where owner_subject = ? order by created_at, id limit ?")
                .params(subject, limit).query((rs, row) -> endpoint(rs)).list();
    }

    boolean delete(String id) {
        return jdbc.sql("delete from webhook_endpoint where id = ?").param(id).update() == 1;
    }

    /** Enables a disabled endpoint: it retries at once, from where it stopped, with a fresh retry window. */
    boolean enable(String id, Instant now) {
        return jdbc.sql("""
                        update webhook_endpoint set status = 'ENABLED', disabled_at = null, disabled_reason = null, attempts = 0,
                        failing_since = null, next_attempt_at = ? where id = ? and status = 'DISABLED'""")
                .params(at(now), id).update() == 1;
    }

    /** Enabled endpoints due now, behind the feed's end and not claimed by a live lease: at most {@code limit}. */
    List<String> due(Instant now, int limit) {
        return jdbc.sql("""
                        select id from webhook_endpoint
                        where status = 'ENABLED' and next_attempt_at <= ? and (lease_until is null or lease_until < ?)
                        and delivered_position < (select last_position from change_feed_counter where id = 1)
                        order by next_attempt_at, id limit ?""")
                .params(at(now), at(now), limit).query(String.class).list();
    }

    /**
     * Claims the endpoint for {@code owner} until {@code until}, if it is enabled, due and nobody holds a live lease on
     * it. One conditional update: of two instances that try at once, the database lets one change the row and the
     * other (which waits for the first's row lock, then sees the new lease) changes nothing.
     */
    boolean claim(String id, String owner, Instant now, Instant until) {
        return jdbc.sql("""
                        update webhook_endpoint set lease_owner = ?, lease_until = ?
                        where id = ? and status = 'ENABLED' and next_attempt_at <= ? and (lease_until is null or lease_until < ?)""")
                .params(owner, at(until), id, at(now), at(now)).update() == 1;
    }

    /** Extends the lease; false when it was lost (another instance took the endpoint over). */
    boolean renew(String id, String owner, Instant until) {
        return jdbc.sql("update webhook_endpoint set lease_until = ? where id = ? and lease_owner = ?").params(at(until), id, owner).update() == 1;
    }

    void release(String id, String owner) {
        jdbc.sql("update webhook_endpoint set lease_owner = null, lease_until = null where id = ? and lease_owner = ?").params(id, owner).update();
    }

    /** The event at {@code position} was delivered (or skipped, not being subscribed to): the cursor moves on. */
    boolean advance(String id, String owner, long position) {
        return jdbc.sql("""
                        update webhook_endpoint set delivered_position = ?, attempts = 0, failing_since = null
                        where id = ? and lease_owner = ? and delivered_position < ?""")
                .params(position, id, owner, position).update() == 1;
    }

    boolean failed(String id, String owner, int attempts, Instant failingSince, Instant nextAttemptAt) {
        return jdbc.sql("update webhook_endpoint set attempts = ?, failing_since = ?, next_attempt_at = ? where id = ? and lease_owner = ?")
                .params(attempts, at(failingSince), at(nextAttemptAt), id, owner).update() == 1;
    }

    boolean disable(String id, String owner, int attempts, Instant now, String reason) {
        return jdbc.sql("""
                        update webhook_endpoint set status = 'DISABLED', attempts = ?, disabled_at = ?, disabled_reason = ?
                        where id = ? and lease_owner = ?""")
                .params(attempts, at(now), reason, id, owner).update() == 1;
    }

    static String events(Set<ChangeType> events) {
        return events.stream().sorted().map(ChangeType::name).collect(Collectors.joining(","));
    }

    private static Set<ChangeType> events(String stored) {
        EnumSet<ChangeType> events = EnumSet.noneOf(ChangeType.class);
        Arrays.stream(stored.split(",")).map(ChangeType::valueOf).forEach(events::add);
        return events;
    }

    private static @Nullable OffsetDateTime at(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Endpoint endpoint(ResultSet rs) throws SQLException {
        return new Endpoint(rs.getString("id"), rs.getString("url"), rs.getString("description"), events(rs.getString("events")),
                rs.getString("secret"), rs.getString("owner_subject"), instant(rs, "created_at"), "ENABLED".equals(rs.getString("status")),
                instant(rs, "disabled_at"), rs.getString("disabled_reason"), rs.getLong("delivered_position"), rs.getInt("attempts"),
                instant(rs, "failing_since"), instant(rs, "next_attempt_at"));
    }
}
