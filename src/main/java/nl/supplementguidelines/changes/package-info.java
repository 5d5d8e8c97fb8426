/**
 * The change feed: what was published, in commit order ({@code GET /api/v1/changes}). Writers call
 * {@link nl.supplementguidelines.changes.ChangeFeed#append} inside their own transaction; readers follow the feed with
 * the {@code after} cursor (README "Change feed and audit trail").
 */
@NullMarked
package nl.supplementguidelines.changes;

import org.jspecify.annotations.NullMarked;
