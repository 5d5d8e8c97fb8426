package nl.supplementguidelines.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * The strong ETag of a representation's exact bytes, as the HTTP cache filter tags every GET: equal on every instance
 * and across restarts (web.caching.Representation uses it). Shared so that a write's If-Match can be checked
 * against the representation a client read.
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static String strong(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + '"';
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }
}
