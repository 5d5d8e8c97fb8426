package nl.supplementguidelines.changes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.supplementguidelines.web.ApiPaths;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The change feed over HTTP. Public and cached like every read: each event bumps the content revision. */
@RestController
@Tag(name = "Changes", description = "The change feed: what was published, in commit order, for services that keep a copy in sync")
class ChangeFeedController {

    static final int MAX_LIMIT = 1000;

    private final ChangeFeedReader reader;

    ChangeFeedController(ChangeFeedReader reader) {
        this.reader = reader;
    }

    @GetMapping(path = ApiPaths.V1 + "/changes", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listChanges", summary = "Follow the change feed",
            description = "Published changes in commit order: a guideline version published (with its version), a guideline withdrawn "
                    + "(with its last version), a translation published (with its language), a nutrient added. Positions start at 1 "
                    + "and have no gaps and no duplicates, also when publications commit concurrently, so a client that stores "
                    + "`cursor` after processing a page and asks for the events `after` it misses nothing and sees nothing twice. "
                    + "Start with `after=0`. The answer carries an ETag and changes with the very next event: poll `next` with "
                    + "If-None-Match and get a 304 while nothing happened. Each guideline event links the version it names, "
                    + "which is immutable (README \"Change feed and audit trail\" has the whole sync recipe).")
    ChangePage list(
            @Parameter(description = "The cursor: the position after which to list (0, or absent, for the start)", example = "0")
            @RequestParam(name = "after", defaultValue = "0") @Min(0) long after,
            @Parameter(description = "Events per page, 1 to " + MAX_LIMIT, example = "100")
            @RequestParam(name = "limit", defaultValue = "100") @Min(1) @Max(MAX_LIMIT) int limit) {
        return reader.after(after, limit);
    }
}
