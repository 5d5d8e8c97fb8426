package nl.supplementguidelines.changes;

/**
 * Published inside the writing transaction when an event is appended: a {@code @TransactionalEventListener} hears it
 * after the commit, when the event is visible to readers (and never for a rolled-back one).
 */
public record ChangeAppended(long position) {
}
