package nl.supplementguidelines.fhir;

import nl.supplementguidelines.guideline.GuidelineVersions;
import nl.supplementguidelines.guideline.GuidelineVersions.VersionEntry;
import nl.supplementguidelines.guideline.GuidelineVersions.VersionQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Set;

/** The resources of the /fhir endpoints, read and searched; an id that is no resource of ours is a {@link FhirError}. */
@Service
@Transactional(readOnly = true)
class FhirResources {

    private static final Set<String> ALL = Set.of("CURRENT", "SUPERSEDED", "WITHDRAWN");
    /** Guidelines whose slugs share the first characters a shortened id keeps: a handful at most. */
    private static final int MAX_CANDIDATES = 50;

    private final FhirContent content;
    private final GuidelineVersions versions;
    private final PlanDefinitions plans;
    private final ActivityDefinitions activities;
    private final EvidenceCodeSystem evidence;
    private final FhirUrls urls;

    FhirResources(FhirContent content, GuidelineVersions versions, PlanDefinitions plans, ActivityDefinitions activities,
            EvidenceCodeSystem evidence, FhirUrls urls) {
        this.content = content;
        this.versions = versions;
        this.plans = plans;
        this.activities = activities;
        this.evidence = evidence;
        this.urls = urls;
    }

    /** A version by its id; a bare slug (the tail of the canonical) is the current version. */
    ObjectNode planDefinition(String id) {
        if (isSlug(id)) {
            return plans.of(current("PlanDefinition", id));
        }
        return plans.of(version("PlanDefinition", id));
    }

    /** A recommendation by its id; {@code slug.nutrient} (the tail of the canonical) is the current version's. */
    ObjectNode activityDefinition(String id) {
        String[] parts = id.split("\\.", -1);
        if (parts.length == 2 && isSlug(parts[0]) && FhirIds.number(parts[1]) == null) {
            GuidelineVersion version = current("ActivityDefinition", parts[0]);
            return activities.of(version, position(version, parts[1]).orElseThrow(() -> unknown("ActivityDefinition", id)));
        }
        FhirIds.Parsed parsed = FhirIds.parse(id, 3);
        GuidelineVersion version = parsed == null ? null : resolve(parsed);
        int position = version == null ? -1 : position(version, parsed.nutrientPart()).orElse(-1);
        if (position < 0 || !version.activityId(version.document().recommendations().get(position - 1).nutrient()).equals(id)) {
            throw unknown("ActivityDefinition", id);
        }
        return activities.of(version, position);
    }

    private static java.util.Optional<Integer> position(GuidelineVersion version, String nutrientPart) {
        List<nl.supplementguidelines.guideline.GuidelineDocument.RecommendationInput> recommendations = version.document().recommendations();
        for (int i = 0; i < recommendations.size(); i++) {
            if (FhirIds.names(nutrientPart, recommendations.get(i).nutrient())) {
                return java.util.Optional.of(i + 1);
            }
        }
        return java.util.Optional.empty();
    }

    ObjectNode codeSystem(String id) {
        if (!id.equals(EvidenceCodeSystem.ID)) {
            throw unknown("CodeSystem", id);
        }
        return evidence.resource();
    }

    /** A guideline version as a collection: its PlanDefinition, its ActivityDefinitions and the evidence CodeSystem. */
    ObjectNode bundle(String id) {
        GuidelineVersion version = isSlug(id) ? current("Bundle", id) : version("Bundle", id);
        ObjectNode bundle = FhirJson.resource("Bundle", version.planId());
        bundle.put("type", "collection");
        bundle.put("timestamp", FhirJson.dateTime(version.entry().publishedAt()));
        ArrayNode entries = bundle.putArray("entry");
        add(entries, plans.of(version));
        for (int position = 1; position <= version.document().recommendations().size(); position++) {
            add(entries, activities.of(version, position));
        }
        add(entries, evidence.resource());
        return bundle;
    }

    ObjectNode search(SearchRequest request) {
        ObjectNode bundle = FhirJson.NODES.objectNode();
        bundle.put("resourceType", "Bundle");
        bundle.put("type", "searchset");
        long total = request.query() == null ? 0 : versions.count(request.query());
        bundle.put("total", total);
        ArrayNode links = bundle.putArray("link");
        link(links, "self", request.queryAt(request.offset()));
        if (request.offset() + (long) request.count() < total && request.count() > 0) {
            link(links, "next", request.queryAt(request.offset() + request.count()));
        }
        ArrayNode entries = bundle.putArray("entry");
        List<VersionEntry> found = request.query() == null || request.count() == 0 ? List.of()
                : versions.find(request.query(), request.offset(), request.count());
        for (GuidelineVersion version : content.of(found)) {
            add(entries, plans.of(version)).putObject("search").put("mode", "match");
        }
        if (!request.ignored().isEmpty()) {
            // R4 lenient handling: what was left out is said in an OperationOutcome entry, so the client knows the search is wider.
            ObjectNode outcome = FhirJson.NODES.objectNode();
            outcome.put("resourceType", "OperationOutcome");
            ObjectNode issue = outcome.putArray("issue").addObject();
            issue.put("severity", "warning");
            issue.put("code", "not-supported");
            issue.put("diagnostics", "Ignored search parameters (unknown or with a modifier): " + String.join(", ", request.ignored())
                    + ". Send Prefer: handling=strict to get a 400 instead.");
            ObjectNode entry = entries.addObject();
            entry.set("resource", outcome);
            entry.putObject("search").put("mode", "outcome");
        }
        if (entries.isEmpty()) {
            bundle.remove("entry");
        }
        return bundle;
    }

    private GuidelineVersion version(String type, String id) {
        FhirIds.Parsed parsed = FhirIds.parse(id, 2);
        GuidelineVersion version = parsed == null ? null : resolve(parsed);
        if (version == null || !version.planId().equals(id)) {
            throw unknown(type, id);
        }
        return version;
    }

    /** The version an id names; a shortened slug part is looked up among the few slugs that start the same. */
    private @org.jspecify.annotations.Nullable GuidelineVersion resolve(FhirIds.Parsed parsed) {
        if (!parsed.shortened()) {
            return content.version(parsed.slugPart(), parsed.version()).orElse(null);
        }
        VersionQuery query = new VersionQuery(null, parsed.version(), parsed.slugStart().replace("-", ""), ALL);
        return versions.find(query, 0, MAX_CANDIDATES).stream().filter(entry -> FhirIds.names(parsed.slugPart(), entry.slug()))
                .findFirst().flatMap(entry -> content.version(entry.slug(), entry.version())).orElse(null);
    }

    private GuidelineVersion current(String type, String slug) {
        return versions.find(new VersionQuery(slug, null, null, java.util.Set.of("CURRENT")), 0, 1).stream().findFirst()
                .flatMap(entry -> content.version(entry.slug(), entry.version()))
                .orElseThrow(() -> FhirError.notFound(type + "/" + Diagnostics.shorten(slug) + ": the guideline has no current version "
                        + "(unknown, or withdrawn); search " + type.replace("ActivityDefinition", "PlanDefinition") + "?url= for its versions."));
    }

    private ObjectNode add(ArrayNode entries, ObjectNode resource) {
        ObjectNode entry = entries.addObject();
        entry.put("fullUrl", urls.full(resource.get("resourceType").asString(), resource.get("id").asString()));
        entry.set("resource", resource);
        return entry;
    }

    private void link(ArrayNode links, String relation, String query) {
        ObjectNode link = links.addObject();
        link.put("relation", relation);
        link.put("url", urls.base() + "/PlanDefinition?" + query);
    }

    /** A bare slug: the tail of a canonical (slugs have at most 100 characters). */
    private static boolean isSlug(String id) {
        return id.length() <= 100 && id.matches(FhirIds.SLUG);
    }

    private static FhirError unknown(String type, String id) {
        return FhirError.notFound(type + "/" + Diagnostics.shorten(id) + " is not known: ids are slug.version (PlanDefinition, Bundle), "
                + "slug.version.nutrient (ActivityDefinition) of a published guideline version, or evidence-dots (CodeSystem).");
    }
}
