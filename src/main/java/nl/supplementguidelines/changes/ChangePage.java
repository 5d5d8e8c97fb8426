package nl.supplementguidelines.changes;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** One page of the change feed, and where to read on. */
@Schema(name = "ChangePage")
public record ChangePage(
        @Schema(description = "The events after the cursor, in commit order (ascending position); empty when there are none yet")
        List<ChangeEvent> items,
        @Schema(description = "The position of the last event on this page, or the request's `after` when the page is empty: "
                + "store it once the page is processed and pass it as `after` next time", example = "2")
        long cursor,
        @Schema(description = "Whether more events follow right away (the page is full); otherwise poll `next` later",
                example = "false")
        boolean more,
        @Schema(description = "The request for the next page: this feed after `cursor`, with the same limit",
                example = "/api/v1/changes?after=2&limit=100")
        String next,
        @Schema(description = "The position of the feed's last event when the page was read (0 while it has none). A cursor can "
                + "never be beyond it; an `after` that is (a restored or another database) is a 409 /problems/cursor-beyond-end", example = "2")
        long lastPosition) {
}
