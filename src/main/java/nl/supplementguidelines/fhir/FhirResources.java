package nl.supplementguidelines.fhir;

import nl.supplementguidelines.guideline.GuidelineVersions;
import nl.supplementguidelines.guideline.GuidelineVersions.VersionEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/** The resources of the /fhir endpoints, read and searched; an id that is no resource of ours is a {@link FhirError}. */
@Service
@Transactional(readOnly = true)
class FhirResources {

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

    ObjectNode planDefinition(String id) {
        return plans.of(version("PlanDefinition", id));
    }

    ObjectNode activityDefinition(String id) {
        FhirIds.RecommendationId parsed = FhirIds.recommendation(id);
        GuidelineVersion version = parsed == null ? null
                : content.version(parsed.slug(), parsed.version()).orElse(null);
        if (parsed == null || version == null || parsed.position() > version.document().recommendations().size()) {
            throw unknown("ActivityDefinition", id);
        }
        return activities.of(version, parsed.position());
    }

    ObjectNode codeSystem(String id) {
        if (!id.equals(EvidenceCodeSystem.ID)) {
            throw unknown("CodeSystem", id);
        }
        return evidence.resource();
    }

    /** A guideline version as a collection: its PlanDefinition, its ActivityDefinitions and the evidence CodeSystem. */
    ObjectNode bundle(String id) {
        GuidelineVersion version = version("Bundle", id);
        ObjectNode bundle = FhirJson.resource("Bundle", id);
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
        for (VersionEntry entry : found) {
            content.version(entry.slug(), entry.version()).ifPresent(version -> {
                ObjectNode item = add(entries, plans.of(version));
                item.putObject("search").put("mode", "match");
            });
        }
        if (entries.isEmpty()) {
            bundle.remove("entry");
        }
        return bundle;
    }

    private GuidelineVersion version(String type, String id) {
        FhirIds.VersionId parsed = FhirIds.version(id);
        return (parsed == null ? java.util.Optional.<GuidelineVersion>empty() : content.version(parsed.slug(), parsed.version()))
                .orElseThrow(() -> unknown(type, id));
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

    private static FhirError unknown(String type, String id) {
        return FhirError.notFound(type + "/" + Diagnostics.shorten(id) + " is not known: ids are slug-version (PlanDefinition, Bundle), "
                + "slug-version-position (ActivityDefinition) of a published guideline version, or evidence-dots (CodeSystem).");
    }
}
