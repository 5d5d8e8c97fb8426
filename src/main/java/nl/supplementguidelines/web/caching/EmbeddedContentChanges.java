package nl.supplementguidelines.web.caching;

import org.springframework.modulith.NamedInterface;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the triggers of an H2 database whose engine runs in this JVM tell the API directly. Every change of such a
 * database runs in this JVM, whoever makes it (this process, or another one through H2's TCP server or AUTO_SERVER),
 * so its triggers ({@link nl.supplementguidelines.ops.H2ContentRevisionTrigger}) run here too: H2 initialises them when it opens the database,
 * and they announce every revision they write, before the change commits. {@link H2ContentVersion} then keeps serving
 * a version it has read as long as no higher revision has been announced, and reads again as soon as one has: without
 * a database read for every request, and without ever serving a version older than a committed change.
 * <p>
 * A JVM-wide static registry, because H2 instantiates triggers itself, by class name, with no way to hand them a
 * Spring bean: this registry, keyed by database name, is the only channel from a trigger to the API.
 * <p>
 * Per database name, because several embedded databases can live in one JVM (the tests). A revision announced by a
 * transaction that is rolled back costs only reads: the API reads for every request until a later change commits.
 */
// The one type of web's caching that another module (ops, the H2 trigger) may use.
@NamedInterface("content-changes")
public final class EmbeddedContentChanges {

    private static final Map<String, AtomicLong> written = new ConcurrentHashMap<>();
    private static final Set<String> enginesHere = ConcurrentHashMap.newKeySet();

    private EmbeddedContentChanges() {
    }

    /** Called by the trigger when H2 opens the database in this JVM. */
    public static void engineOpened(String database) {
        enginesHere.add(database);
    }

    /** Whether this database's engine, and so its triggers, run in this JVM. */
    static boolean engineRunsHere(String database) {
        return enginesHere.contains(database);
    }

    /** Called by the trigger with the revision its (not yet committed) transaction wrote. */
    public static void announce(String database, long revision) {
        written.computeIfAbsent(database, name -> new AtomicLong()).accumulateAndGet(revision, Math::max);
    }

    /** The highest revision any transaction has written in this database since the JVM started; 0 if none. */
    static long highestWritten(String database) {
        AtomicLong revision = written.get(database);
        return revision == null ? 0 : revision.get();
    }
}
