package nl.supplementguidelines.importing;

import nl.supplementguidelines.support.EditingApiTest;
import nl.supplementguidelines.support.Http.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Sheets written for the purpose: variations of the layout give a draft with findings, never a 500, and nothing is dropped unsaid. */
@EditingApiTest
class H2ImportRobustnessTest extends ImportApiContractBase {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> HEADER_WORDS = Set.of("nutriënten", "richtlijn", "voor", "dagdosering", "bewijskracht");
    /** Findings that place a line's words in the draft, each with the parts of the document they go to (others are structure, or say the words are not kept). */
    private static final Map<String, List<String>> PLACED = Map.ofEntries(
            Map.entry("import.read.intro", List.of("description", "alternativeNames", "causes", "relatedConditions", "causalityStatement", "goal")),
            Map.entry("import.read.effect", List.of("recommendations/effects")), Map.entry("import.read.effectContinued", List.of("recommendations/effects")),
            Map.entry("import.read.footnote", List.of("footnotes")), Map.entry("import.read.footnoteContinued", List.of("footnotes")),
            Map.entry("import.read.related", List.of("relatedGuidelines")), Map.entry("import.read.relatedContinued", List.of("relatedGuidelines")),
            Map.entry("import.read.point", List.of("attentionPoints")), Map.entry("import.read.pointContinued", List.of("attentionPoints")),
            Map.entry("import.read.nutrient", List.of("recommendations/nutrient", "recommendations/qualifier")), Map.entry("import.read.title", List.of("title")),
            Map.entry("import.read.dose", List.of("recommendations/dose")));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/source/suppletierichtlijn-leaky-gut.txt | probiotica l-glutamine colostrum vitamine-d zink prebiotica lactoferrine",
            "/importing/more-rows.txt | probiotica l-glutamine colostrum vitamine-d zink prebiotica lactoferrine",
            "/importing/three-dots.txt | vitamine-d", "/importing/tot-range.txt | zink vitamine-d", "/importing/missing-section.txt | probiotica",
            "/importing/row-without-dots.txt | zink", "/importing/lone-dot.txt | prebiotica zink",
            "/importing/other-order.txt | probiotica l-glutamine colostrum vitamine-d zink prebiotica lactoferrine"})
    void everyLineOfEverySheetEndsUpInItsPartOfTheDraftOrInAFinding(String sheet, String nutrients) {
        String text = resource(sheet);
        Response imported = importSheet(slug(sheet), text);
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        assertThat(recommendations(imported)).as("%s: the rows read", sheet).containsExactly(nutrients.split(" "));
        JsonNode document = imported.json().get("document");
        String[] lines = text.split("\n", -1);
        for (int number = 1; number <= lines.length; number++) {
            if (lines[number - 1].isBlank()) {
                continue;
            }
            List<JsonNode> findings = findingsOf(imported, number);
            assertThat(findings).as("%s line %d: %s", sheet, number, lines[number - 1]).isNotEmpty();
            assertThat(findings.get(0).get("text").asString()).isEqualTo(lines[number - 1].stripTrailing());
            List<String> codes = findings.stream().map(f -> f.get("code").asString()).toList();
            if (codes.contains("import.read.tableHeader")) {
                assertThat(words(lines[number - 1])).as("%s line %d is a header line", sheet, number).allMatch(HEADER_WORDS::contains);
            }
            if (findings.stream().allMatch(f -> "READ".equals(f.get("kind").asString()) && PLACED.containsKey(f.get("code").asString()))) {
                String parts = codes.stream().flatMap(code -> PLACED.get(code).stream()).map(part -> part(document, part)).reduce("", String::concat);
                for (String word : words(lines[number - 1])) {
                    assertThat(parts).as("%s line %d: word '%s' is in %s", sheet, number, word, codes).contains(word);
                }
            }
        }
    }

    private static List<String> words(String line) {
        List<String> words = new java.util.ArrayList<>();
        Matcher matcher = WORD.matcher(line.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** The text of one part of the document, "recommendations/effects" being that field of every recommendation. */
    private static String part(JsonNode document, String path) {
        String[] steps = path.split("/");
        JsonNode node = document.get(steps[0]);
        String text = steps.length == 1 ? node.toString() : node.valueStream().map(r -> r.get(steps[1]).toString()).reduce("", String::concat);
        return text.toLowerCase(Locale.ROOT);
    }

    @Test
    void moreRowsAreReadAndAnUnknownOrRepeatedNutrientIsAFindingNotAnInvention() {
        Response imported = importSheet("import-more-rows", resource("/importing/more-rows.txt"));

        assertThat(recommendations(imported)).containsExactly("probiotica", "l-glutamine", "colostrum", "vitamine-d", "zink", "prebiotica", "lactoferrine");
        assertThat(codes(imported, "NOT_UNDERSTOOD")).contains("import.row.unknownNutrient", "import.row.duplicateNutrient", "import.row.leftOut");
        assertThat(message(imported, "import.row.unknownNutrient")).contains("Magnesium");
    }

    @Test
    void threeDotsAreNotOnTheScaleSoTheRowIsLeftOutWithAFinding() {
        Response imported = importSheet("import-three-dots", resource("/importing/three-dots.txt"));

        assertThat(recommendations(imported)).containsExactly("vitamine-d");
        assertThat(message(imported, "import.row.evidenceNotOnScale")).contains("3 dots").contains("[1, 2]");
    }

    @Test
    void aRangeWithTotAndADecimalCommaAreReadInDutch() {
        Response imported = importSheet("import-tot", resource("/importing/tot-range.txt"));

        assertThat(recommendations(imported)).containsExactly("zink", "vitamine-d");
        assertThat(imported.json().get("findings").valueStream().filter(f -> f.get("code").asString().equals("import.read.dose"))
                .map(f -> f.get("message").get("en").asString()))
                .containsExactly("Daily dose \"10 tot 20 mg\": RANGE, minimum 10, maximum 20, unit mg, per day; evidence: 2 dots.",
                        "Daily dose \"2,5 mcg\": FIXED, minimum 2.5, maximum 2.5, unit ug, per day; evidence: 1 dots.");
        assertThat(imported.json().get("findings").valueStream().filter(f -> f.get("code").asString().equals("import.read.dose"))
                .map(f -> f.get("message").get("nl").asString()))
                .containsExactly("Dagdosering \"10 tot 20 mg\": bereik, minimum 10, maximum 20, eenheid mg, per dag; bewijskracht: 2 bolletjes.",
                        "Dagdosering \"2,5 mcg\": vaste dosis, minimum 2.5, maximum 2.5, eenheid ug, per dag; bewijskracht: 1 bolletjes.");
        assertThat(codes(imported, "ASSUMED")).contains("import.dose.dutchNumbers");
    }

    @Test
    void aMissingSectionLeavesItsPartEmptyAndAMarkerWithoutItsFootnoteIsAFinding() {
        Response imported = importSheet("import-missing", resource("/importing/missing-section.txt"));

        JsonNode document = imported.json().get("document");
        assertThat(document.get("relatedGuidelines")).isEmpty();
        assertThat(document.get("footnotes")).isEmpty();
        assertThat(document.get("recommendations").get(0).get("doseFootnote").isNull()).isTrue();
        assertThat(document.get("recommendations").get(0).get("dose").get("wording").asString()).isEqualTo("Minimaal 1x10⁹ cfu");
        assertThat(codes(imported, "NOT_UNDERSTOOD")).contains("import.dose.footnoteMissing", "import.intro.listNotSplit");
        assertThat(document.get("causes")).isEmpty();
    }

    @Test
    void aRowWithoutDotsIsLeftOutWithAFinding() {
        Response imported = importSheet("import-no-dots", resource("/importing/row-without-dots.txt"));

        assertThat(recommendations(imported)).containsExactly("zink");
        assertThat(codes(imported, "NOT_UNDERSTOOD")).contains("import.row.noEvidence");
    }

    @Test
    void aLoneDotLineJoinsTheDoseAboveWithoutDotsAndIsFlaggedElsewhere() {
        Response imported = importSheet("import-lone-dot", resource("/importing/lone-dot.txt"));

        assertThat(recommendations(imported)).containsExactly("prebiotica", "zink");
        assertThat(imported.json().get("document").get("recommendations").get(0).get("evidence").asInt()).isEqualTo(1);
        assertThat(findingsOf(imported, 10)).extracting(f -> f.get("code").asString()).containsExactly("import.row.loneDotsJoined");
        assertThat(findingsOf(imported, 15)).extracting(f -> f.get("code").asString()).containsExactly("import.row.loneDots");
    }

    @Test
    void sectionsInAnotherOrderAreStillRead() {
        JsonNode document = importSheet("import-other-order", resource("/importing/other-order.txt")).json().get("document");
        JsonNode seed = importSheet("import-seed-order", leakyGut()).json().get("document");

        for (String part : List.of("recommendations", "attentionPoints", "relatedGuidelines", "footnotes", "causes", "relatedConditions", "description")) {
            assertThat(document.get(part)).as(part).isEqualTo(seed.get(part));
        }
    }

    @Test
    void windowsLineEndsReadAsTheSameDraft() {
        JsonNode unix = importSheet("import-lf", leakyGut()).json();
        JsonNode windows = importSheet("import-crlf", leakyGut().replace("\n", "\r\n")).json();

        assertThat(((tools.jackson.databind.node.ObjectNode) windows.get("document")).put("slug", "x"))
                .isEqualTo(((tools.jackson.databind.node.ObjectNode) unix.get("document")).put("slug", "x"));
        assertThat(windows.get("findings").size()).isEqualTo(unix.get("findings").size());
    }

    private static String slug(String resource) {
        return "import-" + resource.replaceAll(".*/", "").replace(".txt", "").replaceAll("[^a-z0-9]+", "-") + "-" + Integer.toHexString(resource.hashCode());
    }

    static List<JsonNode> findingsOf(Response imported, int line) {
        return imported.json().get("findings").valueStream().filter(f -> f.get("line").asInt() == line).toList();
    }

    static List<String> recommendations(Response imported) {
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        return imported.json().get("document").get("recommendations").valueStream().map(r -> r.get("nutrient").asString()).toList();
    }

    static Set<String> codes(Response imported, String kind) {
        Set<String> codes = new HashSet<>();
        imported.json().get("findings").valueStream().filter(f -> kind.equals(f.get("kind").asString())).forEach(f -> codes.add(f.get("code").asString()));
        return codes;
    }

    static String message(Response imported, String code) {
        return imported.json().get("findings").valueStream().filter(f -> code.equals(f.get("code").asString())).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + code + " in " + imported.text())).get("message").get("en").asString();
    }
}
