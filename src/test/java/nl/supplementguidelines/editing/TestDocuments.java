package nl.supplementguidelines.editing;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Guideline documents for the tests. Test fixtures, not content: stand-ins with the seed's nutrients and the shapes
 * the seed has (wording, structured dose, footnote, attention point about a nutrient), never served as real guidance.
 */
public final class TestDocuments {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private TestDocuments() {
    }

    public static ObjectNode document(String slug, String title) {
        ObjectNode document = JSON.createObjectNode();
        document.put("slug", slug);
        document.put("title", title);
        document.put("language", "nl");
        document.putArray("alternativeNames").add("testfixture");
        document.put("description", "Testfixture: geen echte inhoud.");
        document.putArray("causes").add("testoorzaak");
        ObjectNode condition = document.putArray("relatedConditions").addObject();
        condition.put("name", "testaandoening");
        condition.putArray("examples").add("testvoorbeeld");
        document.putNull("causalityStatement");
        document.put("goal", "Testdoel.");
        ArrayNode recommendations = document.putArray("recommendations");
        recommendations.add(recommendation("probiotica", "Minimaal 1x10^9 cfu", 2).put("doseFootnote", "*"));
        recommendations.add(recommendation("zink", "15-20 mg", 2));
        ObjectNode structured = recommendation("l-glutamine", null, 1);
        structured.set("dose", dose(null, 5, 10, "g"));
        recommendations.add(structured);
        ObjectNode point = document.putArray("attentionPoints").addObject();
        point.put("text", "Testaandachtspunt over probiotica.");
        point.put("nutrient", "probiotica");
        point.putNull("editorialNote");
        ObjectNode footnote = document.putArray("footnotes").addObject();
        footnote.put("marker", "*");
        footnote.put("text", "cfu = colony forming units.");
        document.putArray("editorialNotes");
        ObjectNode related = document.putArray("relatedGuidelines").addObject();
        related.put("slug", "leaky-gut");
        related.put("title", "Leaky gut");
        document.putObject("source").put("title", "Testfixture").put("description", "Test fixture, not real content.");
        return document;
    }

    static ObjectNode recommendation(String nutrient, String wording, int evidence) {
        ObjectNode recommendation = JSON.createObjectNode();
        recommendation.put("nutrient", nutrient);
        recommendation.putNull("qualifier");
        recommendation.putArray("effects").add("Testeffect van " + nutrient);
        recommendation.set("dose", dose(wording, null, null, null));
        recommendation.putNull("doseFootnote");
        recommendation.put("evidence", evidence);
        return recommendation;
    }

    /** A dose with every member, as the API writes it back (absent members come back as null). */
    static ObjectNode dose(String wording, Integer minimum, Integer maximum, String unit) {
        ObjectNode dose = JSON.createObjectNode();
        dose.put("wording", wording);
        dose.put("minimum", minimum);
        dose.put("maximum", maximum);
        dose.put("unit", unit);
        dose.putNull("period");
        return dose;
    }

    static ObjectNode recommendationAt(ObjectNode document, int index) {
        return (ObjectNode) document.get("recommendations").get(index);
    }
}
