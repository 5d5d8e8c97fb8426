package nl.supplementguidelines.web.caching;

/**
 * The version of the served content. Cached representations are kept per version, so a changed version never serves
 * old bytes. Database triggers bump the single row of {@code content_revision} after every insert, update or delete
 * of a content table, however it is made (a migration, an editor's SQL; see V6 and V7 in {@code db/vendor}); reading
 * it is a primary-key lookup of that row ({@link RevisionRow}). A change of the code alone (a new build) starts with an
 * empty cache, and its build time bounds Last-Modified from below.
 * <p>
 * How fresh: every request sees every change committed before it arrived. How that is known differs per database, so
 * there is one implementation per database, chosen at startup ({@link ContentVersions}): {@link H2ContentVersion} for
 * an H2 whose engine runs in this JVM (no read per request), {@link ServerContentVersion} for any other.
 */
interface ContentVersion {

    /** The version to serve this request under; {@link Snapshot#UNKNOWN} when it cannot be told. */
    Snapshot current();

    /** How many times the version was read from the database (the metric {@code api.content.version.reads}). */
    long reads();
}
