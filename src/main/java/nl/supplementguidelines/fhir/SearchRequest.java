package nl.supplementguidelines.fhir;

import nl.supplementguidelines.guideline.GuidelineVersions.VersionQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of {@code GET /fhir/PlanDefinition}, checked before anything is read: only those the
 * CapabilityStatement lists, each at most once and at most {@value #MAX_VALUE} characters. As FHIR R4 says, another
 * parameter or a modifier is ignored (and reported in the bundle) unless the client asks {@code Prefer: handling=strict},
 * then it is a 400; a {@code _count} above the maximum is clamped. A value that cannot match (a url outside our base,
 * a name with a hyphen, a version that is no number) is an empty bundle, as FHIR searches are.
 *
 * @param query  the versions wanted, or null when no version can match (only {@code draft} or {@code unknown} asked)
 * @param echoed  the parameters as understood, for the bundle's self link
 * @param ignored the parameters left out (unknown, or with a modifier), which FHIR's lenient handling reports
 */
record SearchRequest(@Nullable VersionQuery query, int count, int offset, Map<String, String> echoed, List<String> ignored) {

    static final int MAX_VALUE = 300;
    static final int MAX_OFFSET = 1_000_000;
    /** How many ignored parameters the bundle names at most (the rest are ignored all the same). */
    static final int MAX_IGNORED_LISTED = 20;
    static final List<String> PARAMETERS = List.of("url", "version", "name", "status", "_count", "_offset", "_format");
    // A '+' in a query string is a space once decoded: "application/fhir json" is what "_format=application/fhir+json" often arrives as.
    static final Set<String> FORMATS = Set.of("json", "application/json", "application/fhir+json", "application/fhir json");
    private static final Set<String> STATUSES = Set.of("draft", "active", "retired", "unknown");

    static SearchRequest parse(MultiValueMap<String, String> parameters, boolean strict, FhirUrls urls, FhirProperties properties) {
        Map<String, String> given = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (name.length() > MAX_VALUE) {
                throw FhirError.invalid("A search parameter name is longer than " + MAX_VALUE + " characters.");
            }
            if (name.indexOf(':') >= 0 || !PARAMETERS.contains(name)) {
                if (strict) {
                    throw FhirError.notSupported((name.indexOf(':') >= 0 ? "Search parameter modifiers are not supported: '"
                            : "Unknown search parameter '") + Diagnostics.shorten(name) + "' for PlanDefinition (Prefer: handling=strict). "
                            + "Supported parameters: " + String.join(", ", PARAMETERS) + ".");
                }
                if (ignored.size() < MAX_IGNORED_LISTED) {
                    ignored.add(Diagnostics.shorten(name));
                }
                continue;
            }
            if (parameter.getValue().size() != 1) {
                throw FhirError.invalid("Search parameter '" + name + "' is given " + parameter.getValue().size() + " times; give it once.");
            }
            String value = parameter.getValue().get(0);
            if (value.length() > MAX_VALUE) {
                throw FhirError.invalid("Search parameter '" + name + "' is longer than " + MAX_VALUE + " characters.");
            }
            given.put(name, value);
        }
        if (given.containsKey("_format")) {
            checkFormat(given.get("_format"));
        }
        // Above the maximum is clamped, as R4 allows: a client asking for more gets the most we give and a next link.
        boolean tooMany = given.containsKey("_count") && given.get("_count").matches("[0-9]+") && given.get("_count").length() > 9;
        int count = tooMany ? properties.maxCount()
                : Math.min(bounded(given, "_count", properties.defaultCount(), 0, 999_999_999), properties.maxCount());
        if (given.containsKey("_count")) {
            given.put("_count", String.valueOf(count));
        }
        int offset = bounded(given, "_offset", 0, 0, MAX_OFFSET);
        boolean nothing = false;
        String slug = null;
        if (given.containsKey("url")) {
            slug = urls.slugOfPlanCanonical(given.get("url"));
            nothing = slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*");
        }
        // Our versions are numbers from 1: any other token matches none of them.
        Integer version = given.containsKey("version") ? FhirIds.number(given.get("version")) : null;
        nothing |= given.containsKey("version") && version == null;
        String prefix = null;
        if (given.containsKey("name")) {
            prefix = given.get("name").toLowerCase(Locale.ROOT);
            nothing |= !prefix.matches("[a-z0-9]*");
        }
        Set<String> statuses = given.containsKey("status") ? statuses(given.get("status")) : Set.of("CURRENT", "SUPERSEDED", "WITHDRAWN");
        nothing |= statuses.isEmpty();
        VersionQuery query = nothing ? null : new VersionQuery(slug, version, prefix, statuses);
        given.remove("_format");
        return new SearchRequest(query, count, offset, given, List.copyOf(ignored));
    }

    /** A {@code _format} we do not speak (XML, Turtle, anything but JSON) is a 406, as for an {@code Accept} we cannot meet. */
    static void checkFormat(String format) {
        if (!FORMATS.contains(format)) {
            throw FhirError.notAcceptable("_format '" + Diagnostics.shorten(format) + "' is not supported; this server speaks "
                    + "application/fhir+json only (_format json or application/fhir+json).");
        }
    }

    /** The guideline statuses the FHIR statuses stand for; a comma separates alternatives, as in any token search. */
    private static Set<String> statuses(String value) {
        Set<String> wanted = new HashSet<>();
        for (String code : value.split(",", -1)) {
            if (!STATUSES.contains(code)) {
                throw FhirError.invalid("status '" + Diagnostics.shorten(code) + "' is not a publication status; use one of active, retired, draft, unknown.");
            }
            if (code.equals("active")) {
                wanted.add("CURRENT");
            } else if (code.equals("retired")) {
                wanted.add("SUPERSEDED");
                wanted.add("WITHDRAWN");
            }
        }
        return wanted;
    }

    private static int bounded(Map<String, String> given, String name, int absent, int min, int max) {
        if (!given.containsKey(name)) {
            return absent;
        }
        Integer value = given.get(name).equals("0") ? Integer.valueOf(0) : FhirIds.number(given.get(name));
        if (value == null || value < min || value > max) {
            throw FhirError.invalid(name + " must be a whole number from " + min + " to " + max + ", was '" + Diagnostics.shorten(given.get(name)) + "'.");
        }
        return value;
    }

    /** The query string of this search at another offset: the bundle's self and next links. */
    String queryAt(int at) {
        StringBuilder query = new StringBuilder();
        echoed.forEach((name, value) -> {
            if (!name.equals("_offset") && !name.equals("_count")) {
                query.append(query.isEmpty() ? "" : "&").append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        query.append(query.isEmpty() ? "" : "&").append("_count=").append(count);
        query.append("&_offset=").append(at);
        return query.toString();
    }
}
