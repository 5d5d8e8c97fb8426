package nl.supplementguidelines.resolve;

import nl.supplementguidelines.web.caching.ContentRevision;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Views of the content kept in memory, one per content version ({@link ContentRevision}): a view built under a token
 * serves while the token stays the same, and is rebuilt once when it changes. It is built after the token was read,
 * so it is never older than that version; concurrent requests share one rebuild. An unknown token (null) keeps nothing,
 * and drops what was kept.
 */
@Component
public class ContentMemory {

    private static final Log log = LogFactory.getLog(ContentMemory.class);

    private final ContentRevision revision;

    ContentMemory(ContentRevision revision) {
        this.revision = revision;
    }

    /**
     * A view that {@code build} makes from the database; {@code unknown} answers when the version cannot be told
     * (it should read what a request needs from the database, as if nothing were kept).
     */
    public <T> View<T> view(String name, Supplier<T> build, Supplier<T> unknown) {
        return new View<>(name, build, unknown);
    }

    /** One view, as current as the content version. */
    public final class View<T> {

        /** A build under one token, begun at {@code startedAt} (System.nanoTime()), shared by the requests that wait for it. */
        private record Built<T>(String token, long startedAt, CompletableFuture<T> value) {
        }

        private final String name;
        private final Supplier<T> build;
        private final Supplier<T> unknown;
        private final AtomicReference<@Nullable Built<T>> latest = new AtomicReference<>();

        private View(String name, Supplier<T> build, Supplier<T> unknown) {
            this.name = name;
            this.build = build;
            this.unknown = unknown;
        }

        /** The view of the content version this request is served under. */
        public T current() {
            long asked = System.nanoTime();
            String token = revision.token();
            if (token == null) {
                // Nothing kept from before either: the row may come back with the very token a view was built under,
                // after changes that no revision told.
                latest.set(null);
                return unknown.get();
            }
            while (true) {
                Built<T> built = latest.get();
                // A build begun after this request asked for the token reads content at least that new, whatever token
                // it was begun under: using it keeps a request that read an older token from replacing a newer view.
                if (built != null && (built.token().equals(token) || built.startedAt() - asked >= 0)) {
                    return await(built);
                }
                Built<T> mine = new Built<>(token, System.nanoTime(), new CompletableFuture<>());
                if (latest.compareAndSet(built, mine)) {
                    return buildUnder(mine);
                }
                // Another request started a build meanwhile: use it if it is for this token.
            }
        }

        private T buildUnder(Built<T> mine) {
            long start = System.nanoTime();
            try {
                T value = build.get();
                mine.value().complete(value);
                if (log.isDebugEnabled()) {
                    log.debug("Built the " + name + " view for content version " + mine.token() + " in "
                            + (System.nanoTime() - start) / 1_000_000 + " ms");
                }
                return value;
            } catch (RuntimeException | Error failure) {
                // Not kept: the next request tries again (the database may be back).
                latest.compareAndSet(mine, null);
                mine.value().completeExceptionally(failure);
                throw failure;
            }
        }

        private T await(Built<T> built) {
            try {
                return built.value().join();
            } catch (CompletionException failed) {
                if (failed.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (failed.getCause() instanceof Error error) {
                    throw error;
                }
                throw failed;
            }
        }
    }
}
