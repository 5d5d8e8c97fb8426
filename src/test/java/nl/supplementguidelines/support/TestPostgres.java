package nl.supplementguidelines.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A real PostgreSQL (zonky's embedded binaries): the suite's shared one ({@link SharedPostgres}) or a test's own. */
public final class TestPostgres {

    private TestPostgres() {
    }

    /**
     * A server of its own, for a test that stops it or migrates it by hand; its shutdown hook stops it when the JVM
     * ends, after the cached contexts.
     */
    public static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
