package nl.supplementguidelines.fhir;

import org.jspecify.annotations.Nullable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The ids of our resources: {@code slug.version} for a PlanDefinition and its Bundle, {@code slug.version.nutrient}
 * for an ActivityDefinition (a version has one row per nutrient). Slugs are lower-case letters, digits and single
 * hyphens, never a dot, so the dots always split an id again. FHIR ids have at most 64 characters: a part that does
 * not fit is shortened to its start, {@code --} (which no slug has) and ten hex digits of its SHA-256, so that the id
 * stays the same for the same resource and names no other.
 */
final class FhirIds {

    static final int MAX_ID = 64;
    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String SHORTENED = "--";
    private static final int HASH = 10;
    /** At most this much of an ActivityDefinition id is the guideline's part, so that the nutrient's part has room. */
    private static final int ACTIVITY_SLUG_PART = 30;

    /** An id taken apart: the guideline's part (a slug, or a shortened one), the version, the nutrient's part or null. */
    record Parsed(String slugPart, int version, @Nullable String nutrientPart) {
        /** The start of the slug a shortened part keeps, or the whole slug. */
        String slugStart() {
            int at = slugPart.indexOf(SHORTENED);
            return at < 0 ? slugPart : slugPart.substring(0, at);
        }

        boolean shortened() {
            return slugPart.contains(SHORTENED);
        }
    }

    private FhirIds() {
    }

    static String plan(String slug, int version) {
        String full = slug + "." + version;
        return full.length() <= MAX_ID ? full : key(slug, MAX_ID - 1 - String.valueOf(version).length()) + "." + version;
    }

    static String activity(String slug, int version, String nutrient) {
        String nutrientPart = nutrient.matches(SLUG) ? nutrient : key(nutrient, HASH + 2);
        String full = slug + "." + version + "." + nutrientPart;
        if (full.length() <= MAX_ID) {
            return full;
        }
        String head = (slug.length() > ACTIVITY_SLUG_PART ? key(slug, ACTIVITY_SLUG_PART) : slug) + "." + version + ".";
        return head.length() + nutrientPart.length() <= MAX_ID ? head + nutrientPart : head + key(nutrient, MAX_ID - head.length());
    }

    /** The parts of an id of ours with {@code parts} dot-separated parts (2 or 3), or null when it can be none. */
    static @Nullable Parsed parse(String id, int parts) {
        if (id.length() > MAX_ID) {
            return null;
        }
        String[] split = id.split("\\.", -1);
        if (split.length != parts) {
            return null;
        }
        Integer version = number(split[1]);
        if (version == null || !(split[0].matches(SLUG) || isKey(split[0]))) {
            return null;
        }
        return new Parsed(split[0], version, parts == 3 ? split[2] : null);
    }

    /** Whether {@code part} is what {@code value} becomes in an id: the value itself or its shortened form. */
    static boolean names(String part, String value) {
        if (!part.contains(SHORTENED)) {
            return part.equals(value);
        }
        String start = part.substring(0, part.indexOf(SHORTENED));
        return value.startsWith(start) && part.endsWith(SHORTENED + hash(value));
    }

    private static boolean isKey(String part) {
        int at = part.indexOf(SHORTENED);
        return at >= 0 && part.length() - at == SHORTENED.length() + HASH && part.substring(at + SHORTENED.length()).matches("[0-9a-f]+");
    }

    /** The value's start and its hash, {@code length} characters at most ({@code length} at least 12). */
    static String key(String value, int length) {
        int keep = Math.max(0, Math.min(value.length(), length - SHORTENED.length() - HASH));
        String start = value.substring(0, keep);
        while (start.endsWith("-")) {
            start = start.substring(0, start.length() - 1);
        }
        return start + SHORTENED + hash(value);
    }

    private static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** A whole number from 1 in at most nine ASCII digits, without a leading zero; null otherwise. */
    static @Nullable Integer number(String text) {
        if (text.isEmpty() || text.length() > 9 || text.charAt(0) == '0') {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return null;
            }
        }
        return Integer.parseInt(text);
    }

    /** The computable name of a guideline: its slug's parts capitalised and joined ({@code leaky-gut}: {@code LeakyGut}). */
    static String name(String slug) {
        StringBuilder name = new StringBuilder();
        for (String part : slug.split("-")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part, 1, part.length());
        }
        return name.toString();
    }
}
