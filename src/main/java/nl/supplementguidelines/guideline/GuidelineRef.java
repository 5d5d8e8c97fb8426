package nl.supplementguidelines.guideline;

import org.jspecify.annotations.Nullable;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a request names a guideline: its slug ({@code leaky-gut}, the live version) or a slug with a version
 * ({@code leaky-gut@1}, that published version whatever its status). Parsed here only, so every feature reads
 * the same syntax and the same bounds.
 *
 * @param version the version asked for, or null for the guideline's current version
 */
public record GuidelineRef(String slug, @Nullable Integer version) {

    /** The longest slug (the column) plus {@code @} and a version of up to 9 digits. */
    public static final int MAX_LENGTH = 110;
    /** What a ref looks like, for error messages and the OpenAPI document. */
    public static final String SYNTAX = "a guideline slug, optionally with a version: leaky-gut or leaky-gut@1";

    /** The highest version number a request may name (9 digits, as a ref allows): the one bound of every version parameter. */
    public static final int MAX_VERSION = 999_999_999;
    /** {@link #MAX_VERSION} as the OpenAPI annotations need it (a constant string). */
    public static final String MAX_VERSION_TEXT = "999999999";

    private static final int MAX_SLUG = 100;
    private static final Pattern REF = Pattern.compile("([^@\\s]{1,100})(?:@([1-9][0-9]{0,8}))?");

    /** The ref this text names; empty when it is malformed (blank, too long, an empty slug or a version that is not 1 or more). */
    public static Optional<GuidelineRef> parse(@Nullable String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher matcher = REF.matcher(text);
        if (!matcher.matches() || matcher.group(1).length() > MAX_SLUG) {
            return Optional.empty();
        }
        String version = matcher.group(2);
        return Optional.of(new GuidelineRef(matcher.group(1), version == null ? null : Integer.valueOf(version)));
    }

    /** The same guideline, a given version. */
    public static GuidelineRef of(String slug, int version) {
        return new GuidelineRef(slug, version);
    }

    @Override
    public String toString() {
        return version == null ? slug : slug + '@' + version;
    }
}
