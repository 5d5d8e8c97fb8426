package nl.supplementguidelines.fhir;

import org.jspecify.annotations.Nullable;

/**
 * The ids of our resources: {@code slug-version} for a PlanDefinition and its Bundle, {@code slug-version-position}
 * for an ActivityDefinition. Slugs are lower-case letters, digits and single hyphens, so the numbers after the last
 * hyphens always come off again. FHIR ids have at most 64 characters: a longer one is no id of ours.
 */
final class FhirIds {

    static final int MAX_ID = 64;
    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    record VersionId(String slug, int version) {
        String id() {
            return slug + "-" + version;
        }
    }

    record RecommendationId(String slug, int version, int position) {
        String id() {
            return slug + "-" + version + "-" + position;
        }
    }

    private FhirIds() {
    }

    static @Nullable VersionId version(String id) {
        if (id.length() > MAX_ID) {
            return null;
        }
        int dash = id.lastIndexOf('-');
        if (dash <= 0) {
            return null;
        }
        String slug = id.substring(0, dash);
        Integer version = number(id.substring(dash + 1));
        return version == null || !slug.matches(SLUG) ? null : new VersionId(slug, version);
    }

    static @Nullable RecommendationId recommendation(String id) {
        if (id.length() > MAX_ID) {
            return null;
        }
        int dash = id.lastIndexOf('-');
        if (dash <= 0) {
            return null;
        }
        VersionId version = version(id.substring(0, dash));
        Integer position = number(id.substring(dash + 1));
        return version == null || position == null ? null : new RecommendationId(version.slug(), version.version(), position);
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
