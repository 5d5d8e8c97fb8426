package nl.supplementguidelines.editing;

import nl.supplementguidelines.audit.AuditTrail;
import nl.supplementguidelines.changes.ChangeFeed;
import nl.supplementguidelines.changes.ChangeType;
import nl.supplementguidelines.web.security.Editor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place per editing operation where what happened is told to the rest of the system, called inside the
 * operation's transaction after its writes succeeded: an audit record (who, what, a short before and after) and, for
 * what the public sees, a change-feed event, appended at commit so that it is the transaction's last write
 * ({@link ChangeFeed#appendAtCommit}). A refused write throws before it gets here and rolls back, so it records nothing;
 * a replayed Idempotency-Key does not run the operation, so it records nothing either.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class EditingEvents {

    private final AuditTrail audit;
    private final ChangeFeed feed;

    EditingEvents(AuditTrail audit, ChangeFeed feed) {
        this.audit = audit;
        this.feed = feed;
    }

    /** Audit "draft.create": the draft of a new guideline (after: "revision 1: title: N recommendations"). Drafts are not public: no feed entry. */
    void draftCreated(Editor editor, String slug, String summary) {
        audit.record(editor, "draft.create", slug, null, null, "revision 1: " + summary);
    }

    /** Audit "draft.start": a draft copied from the live version (before: "version n", after: "revision 1: ..."). */
    void draftStarted(Editor editor, String slug, int baseVersion, String summary) {
        audit.record(editor, "draft.start", slug, baseVersion, "version " + baseVersion, "revision 1: " + summary);
    }

    /** Audit "draft.replace" (before: "revision r: title: N recommendations", after: "revision r+1: ..."). */
    void draftReplaced(Editor editor, String slug, @Nullable Integer baseVersion, int revisionBefore, String summaryBefore, String summary) {
        audit.record(editor, "draft.replace", slug, baseVersion, "revision " + revisionBefore + ": " + summaryBefore,
                "revision " + (revisionBefore + 1) + ": " + summary);
    }

    /** Audit "draft.discard" (before: "revision r: ..."). */
    void draftDiscarded(Editor editor, String slug, @Nullable Integer baseVersion, int revision, String summaryBefore) {
        audit.record(editor, "draft.discard", slug, baseVersion, "revision " + revision + ": " + summaryBefore, null);
    }

    /** Feed GUIDELINE_PUBLISHED (slug, version); audit "guideline.publish" (before: "version n-1" or "no version", after: "version n: change note"). */
    void published(Editor publisher, String slug, int version, @Nullable Integer previous, int draftRevision, String changeNote) {
        audit.record(publisher, "guideline.publish", slug, version,
                (previous == null ? "no version" : "version " + previous + " CURRENT") + "; draft revision " + draftRevision,
                "version " + version + " CURRENT: " + changeNote);
        feed.appendAtCommit(ChangeType.GUIDELINE_PUBLISHED, slug, version, null, null);
    }

    /** Feed GUIDELINE_WITHDRAWN (slug, version); audit "guideline.withdraw" (before: "version n CURRENT", after: "version n WITHDRAWN: reason"). */
    void withdrawn(Editor publisher, String slug, int version, String reason) {
        audit.record(publisher, "guideline.withdraw", slug, version, "version " + version + " CURRENT", "version " + version + " WITHDRAWN: " + reason);
        feed.appendAtCommit(ChangeType.GUIDELINE_WITHDRAWN, slug, version, null, null);
    }

    /** Feed NUTRIENT_ADDED (nutrient slug); audit "nutrient.add" (after: "slug: name (category), IU factor and its citation"). */
    void nutrientAdded(Editor editor, String slug, String summary) {
        audit.record(editor, "nutrient.add", null, null, null, slug + ": " + summary);
        feed.appendAtCommit(ChangeType.NUTRIENT_ADDED, null, null, null, slug);
    }
}
