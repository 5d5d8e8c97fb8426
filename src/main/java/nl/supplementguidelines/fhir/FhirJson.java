package nl.supplementguidelines.fhir;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The few FHIR data types our resources are made of, as Jackson trees (no FHIR library at run time). */
final class FhirJson {

    static final String UCUM = "http://unitsofmeasure.org";
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FhirJson() {
    }

    static ObjectNode resource(String type, String id) {
        ObjectNode resource = NODES.objectNode();
        resource.put("resourceType", type);
        resource.put("id", id);
        return resource;
    }

    /** A FHIR instant/dateTime in UTC, to the second (what the JSON API's timestamps carry). */
    static String dateTime(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /**
     * R4's {@code date} changes with the status: for a retired version it is when it was withdrawn or superseded. The
     * publication stays as {@code approvalDate} and the start of {@code effectivePeriod}, which ends on retirement.
     */
    static void dates(ObjectNode resource, GuidelineVersion version) {
        resource.put("date", dateTime(version.statusChangedAt()));
        resource.put("approvalDate", version.entry().publishedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString());
        ObjectNode period = resource.putObject("effectivePeriod");
        period.put("start", dateTime(version.entry().publishedAt()));
        if (!"CURRENT".equals(version.entry().status())) {
            period.put("end", dateTime(version.statusChangedAt()));
        }
    }

    static ObjectNode coding(String system, String code, @Nullable String display) {
        ObjectNode coding = NODES.objectNode();
        coding.put("system", system);
        coding.put("code", code);
        if (display != null) {
            coding.put("display", display);
        }
        return coding;
    }

    static ObjectNode concept(ObjectNode coding, @Nullable String text) {
        ObjectNode concept = NODES.objectNode();
        concept.putArray("coding").add(coding);
        if (text != null) {
            concept.put("text", text);
        }
        return concept;
    }

    static ObjectNode text(String text) {
        ObjectNode concept = NODES.objectNode();
        concept.put("text", text);
        return concept;
    }

    /** A UCUM quantity: the exact decimal, the display symbol as {@code unit} and the UCUM code. */
    static ObjectNode quantity(BigDecimal value, String symbol, String ucumCode) {
        ObjectNode quantity = NODES.objectNode();
        quantity.put("value", value);
        quantity.put("unit", symbol);
        quantity.put("system", UCUM);
        quantity.put("code", ucumCode);
        return quantity;
    }

    /** A RelatedArtifact; {@code citation} and {@code resource} only when given. */
    static ObjectNode relatedArtifact(String type, @Nullable String label, @Nullable String display, @Nullable String citation,
            @Nullable String resource) {
        ObjectNode artifact = NODES.objectNode();
        artifact.put("type", type);
        if (label != null) {
            artifact.put("label", label);
        }
        if (display != null) {
            artifact.put("display", display);
        }
        if (citation != null) {
            artifact.put("citation", citation);
        }
        if (resource != null) {
            artifact.put("resource", resource);
        }
        return artifact;
    }

    /** A markdown list of the items, or the one item as it is. */
    static String markdownList(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        StringBuilder list = new StringBuilder();
        for (String item : items) {
            list.append(list.isEmpty() ? "" : "\n").append("* ").append(item);
        }
        return list.toString();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }
}
