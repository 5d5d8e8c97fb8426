package nl.supplementguidelines.editing;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one place per editing operation where what happened is told to the rest of the system, called inside the
 * operation's transaction after its writes succeeded. The change feed ({@code ChangeFeed.append}) and the audit trail
 * ({@code AuditTrail.record}) are wired here when their modules are merged; until then nothing is recorded. Each
 * method's comment says what it records. (Idempotency-Key wraps the POST handlers in the controllers.)
 */
@Component
class EditingEvents {

    /** Audit "draft.create" (slug, base version; after: "revision 1, N recommendations"). No feed entry: drafts are not public. */
    void draftCreated(String editor, String slug, @Nullable Integer baseVersion, String summary) {
    }

    /** Audit "draft.replace" (before: "revision r", after: "revision r+1, N recommendations"). */
    void draftReplaced(String editor, String slug, int revisionBefore, String summary) {
    }

    /** Audit "draft.discard" (before: "revision r"). */
    void draftDiscarded(String editor, String slug, int revision) {
    }

    /** Feed GUIDELINE_PUBLISHED (slug, version); audit "guideline.publish" (before: "version n-1 CURRENT", after: "version n CURRENT: change note"). */
    void published(String publisher, String slug, int version, @Nullable Integer previous, String changeNote) {
    }

    /** Feed GUIDELINE_WITHDRAWN (slug, version); audit "guideline.withdraw" (before: "version n CURRENT", after: "WITHDRAWN: reason"). */
    void withdrawn(String publisher, String slug, int version, String reason) {
    }

    /** Feed NUTRIENT_ADDED (nutrient slug); audit "nutrient.add" (after: "name, category, IU factor and its citation"). */
    void nutrientAdded(String editor, String slug, String summary) {
    }
}
