package nl.supplementguidelines.editing;

import nl.supplementguidelines.guideline.GuidelineDocument;
import nl.supplementguidelines.guideline.GuidelineVersions;
import nl.supplementguidelines.web.problem.InvalidItem;
import nl.supplementguidelines.web.problem.InvalidRequest;
import nl.supplementguidelines.web.problem.ProblemException;
import nl.supplementguidelines.web.problem.ProblemType;
import nl.supplementguidelines.web.security.Editor;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Drafts: at most one per slug, written by compare-and-set on their revision (If-Match), validated before stored. */
@Service
@Transactional
class DraftService {

    /** A draft as written, with its ETag. */
    record Drafted(DraftView view, String etag) {
    }

    private final DraftStore drafts;
    private final GuidelineVersions versions;
    private final DocumentValidator validator;
    private final EditingEvents events;
    private final ObjectMapper json;
    private final Clock clock;

    DraftService(DraftStore drafts, GuidelineVersions versions, DocumentValidator validator, EditingEvents events, ObjectMapper json) {
        this.drafts = drafts;
        this.versions = versions;
        this.validator = validator;
        this.events = events;
        this.json = json;
        this.clock = Clock.systemUTC();
    }

    /** The draft of a new guideline; 409 when the slug was published or has a draft. */
    Drafted create(GuidelineDocument document, Editor editor) {
        if (versions.latestVersion(document.slug()) > 0) {
            throw ProblemException.conflict("Guideline '" + document.slug() + "' exists already: start a draft of it with POST /api/v1/guidelines/"
                    + document.slug() + "/draft.");
        }
        validator.validate(document);
        return insert(document, null, editor);
    }

    /** A draft of a published guideline as a copy of its live version; 409 when it has a draft. */
    Drafted startFromLatest(String slug, Editor editor) {
        GuidelineVersions.LiveVersion live = versions.live(slug).orElseThrow(() -> EditingNotFound.guideline(slug));
        GuidelineDocument copy = versions.liveDocument(slug).orElseThrow(() -> EditingNotFound.guideline(slug));
        return insert(copy, live.version(), editor);
    }

    @Transactional(readOnly = true)
    Drafted get(String slug) {
        DraftRow row = drafts.find(slug).orElseThrow(() -> EditingNotFound.draft(slug));
        return new Drafted(DraftView.of(row, read(row)), row.etag());
    }

    Drafted replace(String slug, @Nullable String ifMatch, GuidelineDocument document, Editor editor) {
        DraftRow row = drafts.find(slug).orElseThrow(() -> EditingNotFound.draft(slug));
        Preconditions.check(ifMatch, row.etag());
        if (!slug.equals(document.slug())) {
            throw InvalidRequest.unprocessable(List.of(new InvalidItem("slug", "must be the draft's slug '" + slug
                    + "': a guideline's slug never changes", document.slug())));
        }
        validator.validate(document);
        if (!drafts.replace(row, write(document), editor.subject(), now())) {
            throw Preconditions.stale();
        }
        editedBy(slug, editor);
        events.draftReplaced(editor, slug, row.baseVersion(), row.revision(), summary(read(row)), summary(document));
        return get(slug);
    }

    void discard(String slug, @Nullable String ifMatch, Editor editor) {
        DraftRow row = drafts.find(slug).orElseThrow(() -> EditingNotFound.draft(slug));
        Preconditions.check(ifMatch, row.etag());
        if (!drafts.delete(row)) {
            throw Preconditions.stale();
        }
        events.draftDiscarded(editor, slug, row.baseVersion(), row.revision(), summary(read(row)));
    }

    GuidelineDocument read(DraftRow row) {
        return json.readValue(row.document(), GuidelineDocument.class);
    }

    private Drafted insert(GuidelineDocument document, @Nullable Integer baseVersion, Editor editor) {
        Instant now = now();
        DraftRow row = new DraftRow(document.slug(), write(document), 1, baseVersion, editor.subject(), now, editor.subject(), now);
        try {
            drafts.insert(row);
        } catch (DuplicateKeyException exists) {
            throw ProblemException.conflict("Guideline '" + document.slug() + "' has a draft already: read it with GET /api/v1/guidelines/"
                    + document.slug() + "/draft, change it with PUT.");
        }
        editedBy(document.slug(), editor);
        if (baseVersion == null) {
            events.draftCreated(editor, document.slug(), summary(document));
        } else {
            events.draftStarted(editor, document.slug(), baseVersion, summary(document));
        }
        return new Drafted(DraftView.of(row, document), row.etag());
    }

    /** Four eyes refuses every editor of a draft as its publisher, so each is kept (in the write's transaction). */
    private void editedBy(String slug, Editor editor) {
        if (!drafts.addEditor(slug, editor.subject())) {
            throw ProblemException.conflict("Draft '" + slug + "' has " + DraftStore.MAX_EDITORS + " editors already: publish or discard it first.");
        }
    }

    /** The document as stored; one that does not fit guideline_draft.document is refused here, never by SQL. */
    private String write(GuidelineDocument document) {
        String written = json.writeValueAsString(document);
        if (written.length() > DraftStore.MAX_DOCUMENT_CHARS) {
            throw new ProblemException(ProblemType.CONTENT_TOO_LARGE, "The document is " + written.length() + " characters as stored; a draft holds at most "
                    + DraftStore.MAX_DOCUMENT_CHARS + ". Shorten its texts or lists.");
        }
        return written;
    }

    static String summary(GuidelineDocument document) {
        return document.title() + ": " + document.recommendations().size() + " recommendations";
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
