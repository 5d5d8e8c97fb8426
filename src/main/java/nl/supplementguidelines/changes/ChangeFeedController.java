package nl.supplementguidelines.changes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.supplementguidelines.web.ApiPaths;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The change feed over HTTP. Public, with an ETag like every read (each event bumps the content revision), but
 * {@code Cache-Control: no-cache}: a shared cache must revalidate every time (a cheap 304), so it never hides a new event.
 */
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
                    + "If-None-Match and get a 304 while nothing happened; `Cache-Control: no-cache` makes every cache on the way ask "
                    + "again too. `lastPosition` is the feed's last position; an `after` beyond it (a cursor from another or a restored "
                    + "database) is a 409 `/problems/cursor-beyond-end`: resync from `after=0`. Each guideline event links the version it "
                    + "names, which is immutable (README \"Change feed and audit trail\" has the whole sync recipe).")
    @ApiResponse(responseCode = "200", description = "The events after the cursor")
    ResponseEntity<ChangePage> list(
            @Parameter(description = "The cursor: the position after which to list (0, or absent, for the start)", example = "0")
            @RequestParam(name = "after", defaultValue = "0") @Min(0) long after,
            @Parameter(description = "Events per page, 1 to " + MAX_LIMIT, example = "100")
            @RequestParam(name = "limit", defaultValue = "100") @Min(1) @Max(MAX_LIMIT) int limit) {
        ChangePage page = reader.after(after, limit);
        if (after > page.lastPosition()) {
            throw new CursorBeyondEnd(after, page.lastPosition());
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(page);
    }
}
