package nl.supplementguidelines;

import nl.supplementguidelines.support.ApiTest;
import nl.supplementguidelines.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks every statement and number of the source document against what the API returns. The test
 * rebuilds the document's text from the API's answer (rows of the table, intro sentences, attention
 * points, footnote, related guidelines), finds each piece in the source, and asserts that nothing of
 * the source is left over: nothing lost, nothing invented, the order kept. Dose amounts are parsed
 * independently from the source wording and compared with the typed amounts.
 */
@ApiTest
class GuidelineFidelityTest {

    /** The only differences between source and API, each announced in the guideline's editorial notes. */
    private static final Map<String, String> CORRECTIONS = Map.of(
            "darmintegriteit", "darmintegritieit",
            "1x10⁹", "1x109");

    @LocalServerPort
    int port;

    String source;
    JsonNode guideline;

    @BeforeEach
    void load() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/source/suppletierichtlijn-leaky-gut.txt")) {
            source = String.join(" ", new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\s+")).strip();
        }
        guideline = new Http(port).get("/api/v1/guidelines/leaky-gut").json();
    }

    @Test
    void servesEveryPartOfTheSourceAndNothingElse() {
        List<String> pieces = new ArrayList<>();
        pieces.add(guideline.get("source").get("title").asString());
        pieces.add(guideline.get("description").asString());
        pieces.add(causesSentence());
        pieces.add(relatedConditionsSentence());
        pieces.add(guideline.get("causalityStatement").asString());
        pieces.add(guideline.get("goal").asString());
        pieces.add("Nutriënten Richtlijn voor dagdosering Bewijskracht");
        guideline.get("recommendations").forEach(row -> pieces.add(tableRow(row)));
        guideline.get("footnotes").forEach(note -> pieces.add(note.get("marker").asString() + " " + note.get("text").asString()));
        pieces.add("Gerelateerde suppletierichtlijnen");
        guideline.get("relatedGuidelines").forEach(related -> pieces.add("• " + related.get("title").asString()));
        pieces.add("Aandachtspunten");
        guideline.get("attentionPoints").forEach(point -> pieces.add("• " + point.get("text").asString()));

        String rest = source;
        int cursor = 0;
        for (String piece : pieces) {
            String asInSource = asInSource(piece);
            int at = rest.indexOf(asInSource, cursor);
            assertThat(at).as("source contains, in document order: %s", asInSource).isGreaterThanOrEqualTo(0);
            rest = rest.substring(0, at) + "\u0000".repeat(asInSource.length()) + rest.substring(at + asInSource.length());
            cursor = at + asInSource.length();
        }
        assertThat(rest.replace("\u0000", "").strip()).as("parts of the source the API does not serve").isEmpty();
    }

    @Test
    void announcesEveryCorrectionOfTheSourceInAnEditorialNote() {
        String notes = guideline.get("editorialNotes").toString();

        CORRECTIONS.forEach((served, printed) -> {
            assertThat(notes).contains(served).contains(printed);
            assertThat(source).contains(printed);
        });
    }

    @Test
    void typedDoseAmountsEqualTheSourceWording() {
        Pattern dose = Pattern.compile("(Minimaal )?([\\d.]+)(?:x10(\\d))?(?:-([\\d.]+))? (g|mg|mcg|cfu)\\*? (●(?: ●)*)");
        Matcher matcher = dose.matcher(source);
        Map<String, Object[]> parsed = new LinkedHashMap<>();
        while (matcher.find()) {
            BigDecimal first = dutchNumber(matcher.group(2));
            if (matcher.group(3) != null) {
                // "1x109": the exponent's superscript was flattened in the extraction
                first = first.multiply(BigDecimal.TEN.pow(Integer.parseInt(matcher.group(3))));
            }
            BigDecimal max = matcher.group(1) != null ? null : matcher.group(4) == null ? first : dutchNumber(matcher.group(4));
            int dots = matcher.group(6).replace(" ", "").length();
            parsed.put(matcher.group(0), new Object[]{first, max, matcher.group(5), dots});
        }
        assertThat(parsed).hasSize(7);

        List<Object[]> expected = new ArrayList<>(parsed.values());
        JsonNode rows = guideline.get("recommendations");
        for (int i = 0; i < rows.size(); i++) {
            JsonNode served = rows.get(i).get("dailyDose");
            Object[] fromSource = expected.get(i);
            assertThat(served.get("minimum").decimalValue()).as("minimum of row %d", i + 1).isEqualByComparingTo((BigDecimal) fromSource[0]);
            if (fromSource[1] == null) {
                assertThat(served.get("maximum").isNull()).as("row %d has no maximum", i + 1).isTrue();
                assertThat(served.get("kind").asString()).isEqualTo("AT_LEAST");
            } else {
                assertThat(served.get("maximum").decimalValue()).as("maximum of row %d", i + 1).isEqualByComparingTo((BigDecimal) fromSource[1]);
            }
            assertThat(served.get("unit").asString()).isEqualTo(ucum((String) fromSource[2]));
            assertThat(served.get("per").asString()).isEqualTo("d");
            assertThat(rows.get(i).get("evidence").get("level").asInt()).isEqualTo(fromSource[3]);
        }
    }

    @Test
    void checksTheSameDocumentAsTheSharedSource() throws IOException {
        // The test reads its own copy so the build needs nothing outside the repository; where the team's
        // shared copy sits beside the checkout (as in CI), the two must be the same document.
        java.nio.file.Path shared = java.nio.file.Path.of("..", "shared", "source", "suppletierichtlijn-leaky-gut.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(shared), "no shared source beside the checkout");
        try (InputStream in = getClass().getResourceAsStream("/source/suppletierichtlijn-leaky-gut.txt")) {
            assertThat(in.readAllBytes()).isEqualTo(java.nio.file.Files.readAllBytes(shared));
        }
    }

    private String tableRow(JsonNode row) {
        StringBuilder text = new StringBuilder(row.get("nutrient").get("name").asString());
        if (!row.get("qualifier").isNull()) {
            text.append(": ").append(row.get("qualifier").asString());
        }
        row.get("effects").forEach(effect -> text.append(' ').append(effect.asString()));
        text.append(' ').append(row.get("dailyDose").get("sourceText").asString());
        if (!row.get("doseFootnote").isNull()) {
            text.append(row.get("doseFootnote").get("marker").asString());
        }
        text.append(' ').append(String.join(" ", row.get("evidence").get("dots").asString().split("")));
        return text.toString();
    }

    private String causesSentence() {
        return "Er zijn vele oorzaken van een leaky gut, waaronder " + enumeration(strings(guideline.get("causes"))) + ".";
    }

    private String relatedConditionsSentence() {
        List<String> conditions = new ArrayList<>();
        guideline.get("relatedConditions").forEach(condition -> {
            List<String> examples = strings(condition.get("examples"));
            conditions.add(condition.get("name").asString() + (examples.isEmpty() ? "" : " (bijv. " + String.join(", ", examples) + ")"));
        });
        return "Leaky gut is gerelateerd aan veel aandoeningen waaronder " + enumeration(conditions) + ".";
    }

    private static String enumeration(List<String> items) {
        return String.join(", ", items.subList(0, items.size() - 1)) + " en " + items.get(items.size() - 1);
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(item -> strings.add(item.asString()));
        return strings;
    }

    private static String asInSource(String served) {
        String text = served;
        for (Map.Entry<String, String> correction : CORRECTIONS.entrySet()) {
            text = text.replace(correction.getKey(), correction.getValue());
        }
        return text;
    }

    private static BigDecimal dutchNumber(String text) {
        return new BigDecimal(text.replace(".", "").replace(",", "."));
    }

    private static String ucum(String sourceUnit) {
        return switch (sourceUnit) {
            case "mcg" -> "ug";
            case "cfu" -> "{CFU}";
            default -> sourceUnit;
        };
    }
}
