package nl.supplementguidelines.fhir;

import nl.supplementguidelines.guideline.GuidelineVersions.VersionQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of {@code GET /fhir/PlanDefinition}, checked before anything is read: only those the
 * CapabilityStatement lists, each at most once and at most {@value #MAX_VALUE} characters, no modifiers; a version is
 * a whole number from 1. A value that cannot match (a url outside our base, a name with a hyphen) is an empty bundle,
 * as FHIR searches are.
 *
 * @param query  the versions wanted, or null when no version can match (only {@code draft} or {@code unknown} asked)
 * @param echoed the parameters as understood, for the bundle's self link
 */
record SearchRequest(@Nullable VersionQuery query, int count, int offset, Map<String, String> echoed) {

    static final int MAX_VALUE = 300;
    static final int MAX_OFFSET = 1_000_000;
    static final List<String> PARAMETERS = List.of("url", "version", "name", "status", "_count", "_offset", "_format");
    static final Set<String> FORMATS = Set.of("json", "application/json", "application/fhir+json");
    private static final Set<String> STATUSES = Set.of("draft", "active", "retired", "unknown");

    static SearchRequest parse(MultiValueMap<String, String> parameters, FhirUrls urls, FhirProperties properties) {
        Map<String, String> given = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (name.indexOf(':') >= 0) {
                throw FhirError.notSupported("Search parameter modifiers are not supported: '" + Diagnostics.shorten(name)
                        + "'. Supported parameters: " + String.join(", ", PARAMETERS) + ".");
            }
            if (!PARAMETERS.contains(name)) {
                throw FhirError.notSupported("Unknown search parameter '" + Diagnostics.shorten(name) + "' for PlanDefinition. Supported parameters: "
                        + String.join(", ", PARAMETERS) + ".");
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
        if (given.containsKey("_format") && !FORMATS.contains(given.get("_format"))) {
            throw FhirError.notSupported("_format '" + Diagnostics.shorten(given.get("_format")) + "' is not supported; this server speaks "
                    + "application/fhir+json only.");
        }
        int count = bounded(given, "_count", properties.defaultCount(), 0, properties.maxCount());
        int offset = bounded(given, "_offset", 0, 0, MAX_OFFSET);
        boolean nothing = false;
        String slug = null;
        if (given.containsKey("url")) {
            slug = urls.slugOfPlanCanonical(given.get("url"));
            nothing = slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*");
        }
        // Our versions are numbers: anything else is a mistake to point out, not a search that finds nothing.
        Integer version = given.containsKey("version") ? bounded(given, "version", 0, 1, 999_999_999) : null;
        String prefix = null;
        if (given.containsKey("name")) {
            prefix = given.get("name").toLowerCase(Locale.ROOT);
            nothing |= !prefix.matches("[a-z0-9]*");
        }
        Set<String> statuses = given.containsKey("status") ? statuses(given.get("status")) : Set.of("CURRENT", "SUPERSEDED", "WITHDRAWN");
        nothing |= statuses.isEmpty();
        VersionQuery query = nothing ? null : new VersionQuery(slug, version, prefix, statuses);
        given.remove("_format");
        return new SearchRequest(query, count, offset, given);
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
