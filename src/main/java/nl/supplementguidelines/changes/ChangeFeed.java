package nl.supplementguidelines.changes;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The face writers use: one event per published change, appended in the writing transaction itself, so the event
 * exists exactly when the change committed.
 * <p>
 * Positions are gapless and commit-ordered. The next one is taken by updating the single counter row, whose row lock
 * the transaction then holds until it commits or rolls back: a second writer waits at that update, and reads the
 * counter only after the first has committed (or rolled back, handing the same number on). So position n+1 never
 * becomes visible before position n, and a reader that stores the last position it saw misses nothing. A sequence or
 * identity column would not do: its values are handed out at once, without waiting, so a transaction that drew 7
 * can commit before the one that drew 6, and a reader that saw 7 first would skip 6 for ever (and a rollback would
 * leave a gap a reader cannot tell from a lost event).
 * <p>
 * Call it as the last write of the transaction, after the content it describes (or call {@link #appendAtCommit}, which
 * makes it so, as the editing operations do): the lock is held from here to the
 * commit, and the content writes already took the content-revision row lock (V7), so every writer takes the two
 * locks in the same order. Run at the default isolation (read committed): under repeatable read PostgreSQL refuses
 * the second writer's update instead of letting it wait.
 */
@Service
public class ChangeFeed {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ChangeFeed(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Appends an event and returns its position. A guideline event names the guideline and its version, a translation
     * also its language, a nutrient event the nutrient; anything else is a programming error.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long append(ChangeType type, @Nullable String guidelineSlug, @Nullable Integer version,
                       @Nullable String language, @Nullable String nutrientSlug) {
        check(type, guidelineSlug, version, language, nutrientSlug);
        if (jdbc.sql("update change_feed_counter set last_position = last_position + 1 where id = 1").update() != 1) {
            throw new IllegalStateException("the change feed's counter row (V12) is missing");
        }
        long position = jdbc.sql("select last_position from change_feed_counter where id = 1").query(Long.class).single();
        jdbc.sql("""
                        insert into change_event (position, occurred_at, type, guideline_slug, version, language, nutrient_slug)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(position, OffsetDateTime.now(ZoneOffset.UTC), type.name(), guidelineSlug, version, language, nutrientSlug)
                .update();
        // For listeners after the commit (the webhook dispatcher wakes then instead of at its next poll).
        events.publishEvent(new ChangeAppended(position));
        return position;
    }

    /**
     * Appends the event just before the current transaction commits, after every other write of it (the idempotency
     * record of a POST is completed after the handler returns): so the counter row lock is the last lock taken and is
     * held only for the commit. Nothing is appended when the transaction rolls back. The event is checked now.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void appendAtCommit(ChangeType type, @Nullable String guidelineSlug, @Nullable Integer version,
                               @Nullable String language, @Nullable String nutrientSlug) {
        check(type, guidelineSlug, version, language, nutrientSlug);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                append(type, guidelineSlug, version, language, nutrientSlug);
            }
        });
    }

    private static void check(ChangeType type, @Nullable String guidelineSlug, @Nullable Integer version,
                              @Nullable String language, @Nullable String nutrientSlug) {
        boolean guideline = guidelineSlug != null && version != null && version >= 1;
        boolean valid = switch (type) {
            case GUIDELINE_PUBLISHED, GUIDELINE_WITHDRAWN -> guideline && language == null && nutrientSlug == null;
            case TRANSLATION_PUBLISHED -> guideline && language != null && nutrientSlug == null;
            case NUTRIENT_ADDED -> nutrientSlug != null && guidelineSlug == null && version == null && language == null;
        };
        if (!valid) {
            throw new IllegalArgumentException("a " + type + " event with guideline " + guidelineSlug + ", version " + version
                    + ", language " + language + ", nutrient " + nutrientSlug);
        }
    }
}
