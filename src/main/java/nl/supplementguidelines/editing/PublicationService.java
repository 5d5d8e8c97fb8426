package nl.supplementguidelines.editing;

import nl.supplementguidelines.guideline.GuidelineDocument;
import nl.supplementguidelines.guideline.GuidelineVersions;
import nl.supplementguidelines.guideline.GuidelineVersions.LiveVersion;
import nl.supplementguidelines.web.EntityTags;
import nl.supplementguidelines.web.problem.ProblemException;
import nl.supplementguidelines.web.problem.ProblemType;
import nl.supplementguidelines.web.security.Editor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Publication and withdrawal, each in one transaction. Publishing deletes the draft by compare-and-set on the revision
 * the If-Match names, so of two publishers of one draft exactly one gets a version; the base version check tells a
 * draft copied from a version that is no longer the latest (409: someone published meanwhile).
 */
@Service
@Transactional
class PublicationService {

    private final DraftStore drafts;
    private final DraftService draftService;
    private final GuidelineVersions versions;
    private final DocumentValidator validator;
    private final EditingEvents events;
    private final EditingProperties properties;
    private final ObjectMapper json;

    PublicationService(DraftStore drafts, DraftService draftService, GuidelineVersions versions, DocumentValidator validator,
            EditingEvents events, EditingProperties properties, ObjectMapper json) {
        this.drafts = drafts;
        this.draftService = draftService;
        this.versions = versions;
        this.validator = validator;
        this.events = events;
        this.properties = properties;
        this.json = json;
    }

    PublishedVersion publish(String slug, @Nullable String ifMatch, String changeNote, Editor publisher) {
        DraftRow draft = drafts.find(slug).orElseThrow(() -> EditingNotFound.draft(slug));
        Preconditions.check(ifMatch, draft.etag());
        // Four eyes: not only the last editor, anyone who created or changed the draft (X writes, Y puts it back unchanged).
        if (properties.fourEyes() && drafts.editors(slug).contains(publisher.subject())) {
            throw new ProblemException(ProblemType.FOUR_EYES, "You created or changed this draft (as '" + publisher.subject()
                    + "'): four eyes, a publisher who did neither since its base version must publish it.");
        }
        GuidelineDocument document = draftService.read(draft);
        validator.validate(document);
        // The draft first: of two publications of one revision the second waits here for the first and then finds it gone.
        if (!drafts.delete(draft)) {
            throw Preconditions.stale();
        }
        int latest = versions.latestVersion(slug);
        Integer base = draft.baseVersion();
        if (base == null ? latest != 0 : base != latest) {
            throw ProblemException.conflict("Version " + latest + " of '" + slug + "' was published after this draft was started from "
                    + (base == null ? "nothing (a new guideline)" : "version " + base)
                    + ": discard the draft and start a new one from the latest version.");
        }
        boolean reinstates = reinstates(slug, base, draft);
        List<String> translationsToRedo = base == null ? List.of() : versions.translationLanguages(slug, base);
        int version = latest + 1;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (!versions.publish(document, version, reinstates, publisher.subject(), changeNote, now)) {
            throw ProblemException.conflict("Version " + base + " of '" + slug + "' was withdrawn or replaced while this draft was being published: "
                    + "read the guideline and start again.");
        }
        events.published(publisher, slug, version, base, draft.revision(), changeNote);
        return PublishedVersion.of(slug, version, now, publisher.subject(), changeNote, translationsToRedo);
    }

    /**
     * Whether publishing the draft takes a withdrawn guideline back: only when the draft was started or last changed after
     * the withdrawal, so its editor knew. A draft from before the withdrawal would silently undo it: 409. The supersede
     * then expects exactly the status read here (compare-and-set), so a withdrawal committing meanwhile is a 409 too.
     */
    private boolean reinstates(String slug, @Nullable Integer base, DraftRow draft) {
        if (base == null) {
            return false;
        }
        LiveVersion live = versions.live(slug).orElseThrow(() -> EditingNotFound.guideline(slug));
        if (!live.withdrawn()) {
            return false;
        }
        if (live.withdrawnAt() != null && draft.updatedAt().isAfter(live.withdrawnAt())) {
            return true;
        }
        throw ProblemException.conflict("Guideline '" + slug + "' was withdrawn (version " + live.version() + ", at " + live.withdrawnAt()
                + ") since this draft was started: publishing it would undo the withdrawal. To reinstate the guideline, discard this draft, "
                + "start a new one (POST /api/v1/guidelines/" + slug + "/draft) and have it published.");
    }

    /**
     * Withdraws the live version. The If-Match is the ETag of {@code GET /guidelines/{slug}} (the Dutch representation,
     * as the cache filter tags its bytes): the publisher withdraws what they read, not a version published since.
     */
    Withdrawn withdraw(String slug, @Nullable String ifMatch, String reason, Editor publisher) {
        LiveVersion live = versions.live(slug).orElseThrow(() -> EditingNotFound.guideline(slug));
        if (live.withdrawn()) {
            throw ProblemException.conflict("Guideline '" + slug + "' is withdrawn already (version " + live.version() + ").");
        }
        Preconditions.check(ifMatch, EntityTags.strong(json.writeValueAsBytes(versions.currentRepresentation(slug))));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (!versions.withdraw(slug, live.version(), publisher.subject(), reason, now)) {
            throw Preconditions.stale();
        }
        events.withdrawn(publisher, slug, live.version(), reason);
        return new Withdrawn(slug, live.version(), now, publisher.subject(), reason, PublishedVersion.versionHref(slug, live.version()));
    }
}
