package nl.supplementguidelines.editing;

import nl.supplementguidelines.guideline.GuidelineDocument;
import nl.supplementguidelines.web.security.Editor;
import org.springframework.stereotype.Service;

/**
 * The editing module's face for other modules that start drafts (the sheet importer): the same rules, validation,
 * audit and change events as {@code POST /api/v1/guidelines}, answered with the draft's view and ETag.
 */
@Service
public class NewDrafts {

    /** A draft as saved: the body of the answer, its ETag and where it is. */
    public record Created(DraftView view, String etag) {

        public String location() {
            return view.links().self();
        }
    }

    private final DraftService drafts;

    NewDrafts(DraftService drafts) {
        this.drafts = drafts;
    }

    /** Validates and saves the draft of a new guideline; 409 when the slug was published or has a draft, 422 when invalid. */
    public Created create(GuidelineDocument document, Editor editor) {
        DraftService.Drafted drafted = drafts.create(document, editor);
        return new Created(drafted.view(), drafted.etag());
    }
}
